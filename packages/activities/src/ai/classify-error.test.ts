import { ApplicationFailure } from '@temporalio/activity';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import { classifyLlmError, retryAfterMs } from './classify-error';

const apiError = (status: number, headers: Record<string, string> = {}) =>
  APIError.generate(status, { message: `status ${status}` }, undefined, new Headers(headers));

test.each([
  [401, 'LlmAuthenticationError', false],
  [403, 'LlmAuthenticationError', false],
  [429, 'LlmRateLimited', true],
  [500, 'LlmServerError', true],
  [503, 'LlmServerError', true],
  [400, 'LlmBadRequest', false],
  [404, 'LlmBadRequest', false],
  [422, 'LlmBadRequest', false],
])('HTTP %i is %s, retryable: %p', (status, type, retryable) => {
  const failure = classifyLlmError(apiError(status));
  expect(failure).toBeInstanceOf(ApplicationFailure);
  expect(failure).toMatchObject({ type, nonRetryable: !retryable });
});

test('a rate limit carries the provider’s delay as nextRetryDelay', () => {
  expect(classifyLlmError(apiError(429, { 'retry-after': '7' }))).toMatchObject({ nextRetryDelay: 7000 });
  expect(classifyLlmError(apiError(429, { 'retry-after-ms': '250', 'retry-after': '7' }))).toMatchObject({
    nextRetryDelay: 250,
  });
  expect(classifyLlmError(apiError(429))).toMatchObject({ nextRetryDelay: undefined });
});

test('retry-after as an HTTP date is the time until then', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');
  expect(retryAfterMs(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), now)).toBe(30_000);
  expect(retryAfterMs(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
});

test('connection errors and timeouts are retryable; a non-JSON body is a typed, non-retryable failure', () => {
  expect(classifyLlmError(new APIConnectionError({ message: 'refused' }))).toMatchObject({
    type: 'LlmConnectionError',
    nonRetryable: false,
  });
  expect(classifyLlmError(new APIConnectionTimeoutError())).toMatchObject({ type: 'LlmConnectionError' });
  expect(classifyLlmError(new SyntaxError('Unexpected end of JSON input'))).toMatchObject({
    type: 'LlmMalformedResponse',
    nonRetryable: true,
  });
});

test('a cancellation or an unknown error passes through unchanged', () => {
  const abort = new APIUserAbortError();
  const bug = new TypeError('oops');
  expect(classifyLlmError(abort)).toBe(abort);
  expect(classifyLlmError(bug)).toBe(bug);
});
