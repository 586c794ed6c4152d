import { WorkflowFailedError } from '@temporalio/client';
import { AgentWorkflow, TASK_QUEUE } from '..';
import { setUpAiTestEnv, type AiTestEnv, type HistoryEvent } from './ai-env.test-helpers';
import { apiError, completion, inOrder, type ScriptedReply } from './scripted-chat-server.test-helpers';

let t: AiTestEnv;
beforeAll(async () => {
  t = await setUpAiTestEnv('scripted');
});
afterAll(async () => {
  await t?.teardown();
});

const answer = completion({ content: 'done' });
// Short backoff, so any wait longer than 50 ms in these tests was asked for by the provider.
const llmRetry = { initialInterval: '50 milliseconds', maximumAttempts: 3 } as const;

async function runAgent(...replies: ScriptedReply[]) {
  t.chat.respond(inOrder(...replies));
  const workflowId = t.newId('llm-errors');
  const outcome = await t.env.client.workflow
    .execute(AgentWorkflow, { taskQueue: TASK_QUEUE, workflowId, args: [{ goal: 'hello', llmRetry }] })
    .then(
      (result) => ({ result, error: undefined }),
      (error: unknown) => ({ result: undefined, error }),
    );
  return { ...outcome, events: await t.history(workflowId), requests: t.chat.requests };
}

const started = (events: HistoryEvent[]) =>
  events.find((e) => e.activityTaskStartedEventAttributes)!.activityTaskStartedEventAttributes!;
const failed = (events: HistoryEvent[]) =>
  events.find((e) => e.activityTaskFailedEventAttributes)!.activityTaskFailedEventAttributes!;

test('429: retried after the delay in retry-after, which the history records as nextRetryDelay', async () => {
  const { result, events, requests } = await runAgent(apiError(429, { 'retry-after': '1' }), answer);
  expect(result?.answer).toBe('done');
  const { attempt, lastFailure } = started(events);
  expect(attempt).toBe(2);
  expect(lastFailure?.applicationFailureInfo).toMatchObject({ type: 'LlmRateLimited', nonRetryable: false });
  expect(Number(lastFailure?.applicationFailureInfo?.nextRetryDelay?.seconds)).toBe(1);
  expect(requests[1]!.at - requests[0]!.at).toBeGreaterThanOrEqual(950);
});

test('500: retryable, retried with the workflow’s backoff until it answers', async () => {
  const { result, events, requests } = await runAgent(apiError(500), apiError(503), answer);
  expect(result?.answer).toBe('done');
  expect(requests).toHaveLength(3);
  const { attempt, lastFailure } = started(events);
  expect(attempt).toBe(3);
  expect(lastFailure?.applicationFailureInfo).toMatchObject({ type: 'LlmServerError', nonRetryable: false });
});

test.each([
  [401, 'LlmAuthenticationError'],
  [403, 'LlmAuthenticationError'],
  [400, 'LlmBadRequest'],
  [404, 'LlmBadRequest'],
])('%i: non-retryable %s after one attempt, and the workflow fails', async (status, type) => {
  const { error, events, requests } = await runAgent(apiError(status), answer);
  expect(error).toBeInstanceOf(WorkflowFailedError);
  expect(requests).toHaveLength(1);
  expect(started(events).attempt).toBe(1);
  expect(failed(events).failure?.applicationFailureInfo).toMatchObject({ type, nonRetryable: true });
  expect(failed(events).retryState).toBe(2); // RETRY_STATE_NON_RETRYABLE_FAILURE
});

test.each([
  ['a body that is not JSON', { raw: '{"choices": [' }],
  ['JSON that is not a chat completion', { json: { hello: 'world' } }],
])('%s: the typed failure LlmMalformedResponse, not retried', async (_name, reply) => {
  const { error, events, requests } = await runAgent(reply, answer);
  expect(error).toBeInstanceOf(WorkflowFailedError);
  expect(requests).toHaveLength(1);
  expect(failed(events).failure?.applicationFailureInfo).toMatchObject({
    type: 'LlmMalformedResponse',
    nonRetryable: true,
  });
});

test('a connection error is retryable: retried until maximumAttempts', async () => {
  const baseUrl = process.env.LLM_BASE_URL;
  process.env.LLM_BASE_URL = 'http://127.0.0.1:1/v1'; // nothing listens on port 1
  try {
    const { error, events } = await runAgent();
    expect(error).toBeInstanceOf(WorkflowFailedError);
    expect(started(events).attempt).toBe(3);
    expect(failed(events).failure?.applicationFailureInfo).toMatchObject({ type: 'LlmConnectionError' });
    expect(failed(events).retryState).toBe(4); // RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED
  } finally {
    process.env.LLM_BASE_URL = baseUrl;
  }
});
