import { z } from 'zod';

/** Which model the LLM activities talk to, from the environment (see the README's "AI workflows"). */
export interface LlmConfig {
  provider: 'offline' | 'openai';
  /** An OpenAI-compatible endpoint (OpenAI itself when unset); unused by the offline model. */
  baseURL?: string;
  model: string;
  apiKey: string;
  timeoutMs: number;
}

const blankAsUnset = (value: unknown) => (value === '' ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());

const EnvSchema = z.object({
  LLM_PROVIDER: z.preprocess(blankAsUnset, z.enum(['offline', 'openai']).default('offline')),
  LLM_BASE_URL: optional(z.url()),
  LLM_MODEL: optional(z.string()),
  LLM_API_KEY: optional(z.string()),
  OPENAI_API_KEY: optional(z.string()),
  LLM_TIMEOUT_MS: z.preprocess(blankAsUnset, z.coerce.number().int().positive().default(60_000)),
});

export const OFFLINE_MODEL = 'offline-scripted';
const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';

/** Reads and checks the LLM settings; throws one readable message when they are wrong. */
export function llmConfigFromEnv(env: NodeJS.ProcessEnv = process.env): LlmConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`invalid LLM configuration: ${z.prettifyError(parsed.error)}`);
  const { LLM_PROVIDER, LLM_BASE_URL, LLM_MODEL, LLM_API_KEY, OPENAI_API_KEY, LLM_TIMEOUT_MS } = parsed.data;
  if (LLM_PROVIDER === 'offline') {
    return { provider: 'offline', model: LLM_MODEL ?? OFFLINE_MODEL, apiKey: 'offline', timeoutMs: LLM_TIMEOUT_MS };
  }
  const apiKey = LLM_API_KEY ?? OPENAI_API_KEY;
  // A local OpenAI-compatible server (Ollama, vLLM, llama.cpp) usually needs no key; OpenAI itself always does.
  if (apiKey === undefined && LLM_BASE_URL === undefined) {
    throw new Error('LLM_PROVIDER=openai needs LLM_API_KEY (or OPENAI_API_KEY), or LLM_BASE_URL for a local server');
  }
  return {
    provider: 'openai',
    baseURL: LLM_BASE_URL,
    model: LLM_MODEL ?? DEFAULT_OPENAI_MODEL,
    apiKey: apiKey ?? 'unused',
    timeoutMs: LLM_TIMEOUT_MS,
  };
}
