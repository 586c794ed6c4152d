import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type * as activities from '@reference/activities';
import { ResearchWorkflow, researchProgressQuery, TASK_QUEUE } from '..';
import { setUpAiTestEnv, type AiTestEnv } from './ai-env.test-helpers';
import { completion, type ChatRequest, type ScriptedReply } from './scripted-chat-server.test-helpers';

const plan = {
  subtopics: [
    { title: 'Retries', question: 'How do retries work?' },
    { title: 'Timeouts', question: 'Which timeouts bound an activity?' },
  ],
};

/** The model's part, told apart by prompt: the plan, queries per subtopic (Timeouts gets an invalid answer), the report. */
function researchModel(request: ChatRequest): ScriptedReply {
  const system = request.messages[0]?.content ?? '';
  const user = request.messages[1]?.content ?? '';
  if (system.startsWith('You plan research')) return completion({ content: JSON.stringify(plan) });
  if (system.startsWith('You write search queries')) {
    return user.includes('Retries')
      ? completion({ content: JSON.stringify({ queries: ['activity retries', 'flaky backend', 'slow backend'] }) })
      : completion({ content: JSON.stringify({ queries: 'not a list' }) });
  }
  return completion({ content: `REPORT from ${user}` });
}

const bounds = { searchTimeout: '1.5 seconds', searchAttemptTimeout: '400 milliseconds' } as const;

/** A search backend where one query keeps failing, one hangs, one is refused outright. */
const search = jest.fn<
  ReturnType<typeof activities.searchKnowledgeBase>,
  Parameters<typeof activities.searchKnowledgeBase>
>(async ({ query }) => {
  if (query === 'flaky backend') throw new Error('search backend unavailable');
  if (query === 'slow backend') return new Promise((resolve) => setTimeout(() => resolve([]), 2_000));
  if (query === 'Which timeouts bound an activity?') throw ApplicationFailure.nonRetryable('query refused', 'Refused');
  return [{ title: 'Activity retries', snippet: 'they retry', source: 'kb://activity-retries' }];
});

let t: AiTestEnv;
beforeAll(async () => {
  t = await setUpAiTestEnv('scripted', { searchKnowledgeBase: search });
});
afterAll(async () => {
  await t?.teardown();
});

test('one failing, one hanging and one refused search do not stop the report: it is written from the rest', async () => {
  t.chat.respond((request) => researchModel(request));
  const workflowId = t.newId('research');
  const question = 'How do durable activities behave?';
  const result = await t.env.client.workflow.execute(ResearchWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId,
    args: [{ question, ...bounds }],
  });
  expect(result.subtopics).toEqual(plan.subtopics);
  expect(result.searches.map((s) => [s.query, s.status])).toEqual([
    ['activity retries', 'done'],
    ['flaky backend', 'failed'],
    ['slow backend', 'failed'],
    // The invalid queries answer (a typed InvalidModelOutput) falls back to the subtopic's own question.
    ['Which timeouts bound an activity?', 'failed'],
  ]);
  expect(search.mock.calls.filter(([{ query }]) => query === 'flaky backend').length).toBeGreaterThan(1);
  const reportInput = JSON.parse(result.report.replace(/^REPORT from /, '')) as activities.ReportRequest;
  expect(reportInput.findings.map((f) => f.query)).toEqual(['activity retries']);
  expect(reportInput.failedQueries).toEqual(['flaky backend', 'slow backend', 'Which timeouts bound an activity?']);

  // The schedule-to-close bound, not the hang or the endless retries, decided when the pipeline moved on.
  const events = await t.history(workflowId);
  // Two searches gave up on their bound (retry state TIMEOUT); the refused search and the invalid queries answer
  // were not retried (NON_RETRYABLE_FAILURE). Whether the server records the give-up as failed or timed out depends
  // on timing, so the retry state is what is checked.
  const RetryState = { NON_RETRYABLE_FAILURE: 2, TIMEOUT: 3 }; // temporal.api.enums.v1.RetryState
  const ended = events.flatMap(
    (e) => e.activityTaskFailedEventAttributes ?? e.activityTaskTimedOutEventAttributes ?? [],
  );
  expect(ended.map((e) => e.retryState).sort()).toEqual([
    RetryState.NON_RETRYABLE_FAILURE,
    RetryState.NON_RETRYABLE_FAILURE,
    RetryState.TIMEOUT,
    RetryState.TIMEOUT,
  ]);
  // Without the bound the slow search would have answered (done, not failed) and the flaky one retried for ever.
  // How many seconds it took is left to the clock of a loaded machine.
});

test('an invalid plan is the typed failure InvalidModelOutput, after one attempt', async () => {
  t.chat.respond(() => completion({ content: '{"subtopics": []}' }));
  const workflowId = t.newId('research-invalid');
  const error = await t.env.client.workflow
    .execute(ResearchWorkflow, { taskQueue: TASK_QUEUE, workflowId, args: [{ question: 'anything' }] })
    .catch((err: unknown) => err);
  expect(error).toBeInstanceOf(WorkflowFailedError);
  expect(t.chat.requests).toHaveLength(1);
  const failed = (await t.history(workflowId)).find((e) => e.activityTaskFailedEventAttributes);
  expect(failed?.activityTaskFailedEventAttributes?.failure?.applicationFailureInfo).toMatchObject({
    type: 'InvalidModelOutput',
    nonRetryable: true,
  });
});

test('the progress query reports the phase and every search’s status', async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  t.chat.respond(async (request) => {
    if (request.messages[0]?.content?.startsWith('You write a short research report')) await held;
    return researchModel(request);
  });
  const handle = await t.env.client.workflow.start(ResearchWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: t.newId('research-progress'),
    args: [{ question: 'How do durable activities behave?', ...bounds }],
  });
  let progress = await handle.query(researchProgressQuery);
  while (progress.phase !== 'synthesising') progress = await handle.query(researchProgressQuery);
  expect(progress.subtopics).toHaveLength(2);
  expect(progress.searches.map((s) => s.status)).toEqual(['done', 'failed', 'failed', 'failed']);
  expect(progress.searches[1]?.error).toBeTruthy();
  release();
  expect((await handle.result()).report).toMatch(/^REPORT/);
  expect(await handle.query(researchProgressQuery)).toMatchObject({ phase: 'done' });
});
