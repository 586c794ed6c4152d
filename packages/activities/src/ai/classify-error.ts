import { ApplicationFailure } from '@temporalio/activity';
import { APIConnectionError, APIError, APIUserAbortError } from 'openai';

/** The failure types an LLM call can end in; workflows and tests match on these names. */
export const LlmFailureType = {
  authentication: 'LlmAuthenticationError',
  rateLimited: 'LlmRateLimited',
  server: 'LlmServerError',
  connection: 'LlmConnectionError',
  badRequest: 'LlmBadRequest',
  malformedResponse: 'LlmMalformedResponse',
  configuration: 'LlmConfigurationError',
} as const;

/**
 * How long the provider asked us to wait, in ms: OpenAI's `retry-after-ms`, else the standard `retry-after`
 * (seconds or an HTTP date). Undefined when it did not say, so the workflow's backoff applies.
 */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const ms = Number(headers?.get('retry-after-ms') ?? NaN);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers?.get('retry-after');
  if (value == null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function failure(type: string, message: string, retryable: boolean, nextRetryDelay?: number): ApplicationFailure {
  return ApplicationFailure.create({ type, message, nonRetryable: !retryable, nextRetryDelay });
}

/**
 * Turns what the client library threw into the failure Temporal should see. The library's own retries are off,
 * so this decides every retry: auth and other 4xx stop at once, 429 waits as long as the provider asked, 5xx and
 * connection errors retry with the workflow's backoff. Anything unrecognised (a cancellation, a bug) passes through.
 */
export function classifyLlmError(err: unknown): unknown {
  if (err instanceof ApplicationFailure || err instanceof APIUserAbortError) return err;
  if (err instanceof APIConnectionError) {
    return failure(LlmFailureType.connection, `cannot reach the model: ${err.message}`, true);
  }
  // instanceof leaves APIError's type parameters as any; these are the fields the library documents.
  const { status, headers } = err instanceof APIError ? (err as APIError<number | undefined, Headers | undefined>) : {};
  if (err instanceof APIError && typeof status === 'number') {
    const message = err.message;
    if (status === 401 || status === 403) return failure(LlmFailureType.authentication, message, false);
    if (status === 429) {
      return failure(LlmFailureType.rateLimited, message, true, retryAfterMs(headers));
    }
    if (status >= 500) return failure(LlmFailureType.server, message, true);
    return failure(LlmFailureType.badRequest, message, false);
  }
  // The library parses a JSON content type itself; a body that is not JSON surfaces as a SyntaxError (matched by
  // name: it may come from another realm's fetch).
  if ((err as { name?: unknown } | null)?.name === 'SyntaxError') {
    return failure(
      LlmFailureType.malformedResponse,
      `the model's response is not JSON: ${(err as Error).message}`,
      false,
    );
  }
  return err;
}
