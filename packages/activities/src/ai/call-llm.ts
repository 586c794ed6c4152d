import { ApplicationFailure, Context, log } from '@temporalio/activity';
import { chatClient } from './chat-client';
import { classifyLlmError, LlmFailureType } from './classify-error';
import { llmConfigFromEnv, type LlmConfig } from './config';
import { fromOpenAiResponse, toOpenAiRequest } from './openai-format';
import type { LlmRequest, LlmResponse } from './types';

function currentConfig(): LlmConfig {
  try {
    return llmConfigFromEnv();
  } catch (err) {
    throw ApplicationFailure.nonRetryable((err as Error).message, LlmFailureType.configuration);
  }
}

/**
 * The generic LLM activity: one chat completion from the configured provider (LLM_PROVIDER, LLM_BASE_URL,
 * LLM_MODEL; the offline model by default). Errors come out classified for Temporal's retries; usage is logged.
 */
export async function callLlm(request: LlmRequest): Promise<LlmResponse> {
  const config = currentConfig();
  let body: unknown;
  try {
    body = await chatClient(config).chat.completions.create(toOpenAiRequest(config.model, request), {
      signal: Context.current().cancellationSignal,
    });
  } catch (err) {
    throw classifyLlmError(err);
  }
  const response = fromOpenAiResponse(body);
  log.info('LLM call', { provider: config.provider, model: response.model || config.model, ...response.usage });
  return response;
}
