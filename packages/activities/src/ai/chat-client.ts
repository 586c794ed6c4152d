import OpenAI from 'openai';
import type { LlmConfig } from './config';
import { offlineFetch } from './offline-fetch';

const clients = new Map<string, OpenAI>();

/**
 * The chat client for a configuration, made once per process. `maxRetries: 0`: Temporal owns retries, so a
 * failed call fails the attempt and the workflow's retry policy (and the provider's retry-after) decide.
 */
export function chatClient(config: LlmConfig): OpenAI {
  const key = JSON.stringify(config);
  let client = clients.get(key);
  if (!client) {
    client = new OpenAI({
      apiKey: config.apiKey,
      baseURL: config.provider === 'offline' ? 'http://offline.invalid/v1' : config.baseURL,
      timeout: config.timeoutMs,
      maxRetries: 0,
      ...(config.provider === 'offline' ? { fetch: offlineFetch } : {}),
    });
    clients.set(key, client);
  }
  return client;
}
