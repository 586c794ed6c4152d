import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { offlineReply } from './offline-model';

/**
 * A `fetch` that answers chat-completion requests with the offline model instead of the network. Handed to the
 * same client library as a real provider, so offline calls take the whole real path: request building, response
 * parsing, the library's error classes and our classification.
 */
export async function offlineFetch(_url: string | URL | Request, init?: RequestInit): Promise<Response> {
  const request = JSON.parse(init?.body as string) as ChatCompletionCreateParamsNonStreaming;
  const { status, headers, body } = offlineReply(request);
  return new Response(body, { status, headers });
}
