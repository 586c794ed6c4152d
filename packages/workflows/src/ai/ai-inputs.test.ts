import type { WorkflowHandle } from '@temporalio/client';
import { AgentWorkflow, ResearchWorkflow, TASK_QUEUE } from '..';
import { scheduledActivities, setUpAiTestEnv, type AiTestEnv } from './ai-env.test-helpers';

// Inputs any client may send, on the offline model: what the contract admits runs, what it refuses fails typed at
// once. Never a workflow task that fails and is retried forever.
let t: AiTestEnv;
beforeAll(async () => {
  t = await setUpAiTestEnv('offline');
});
afterAll(async () => {
  await t?.teardown();
});

/** How a run ends: its close status and failure type, or the first workflow task failure if one comes first. */
async function outcome(handle: WorkflowHandle): Promise<{ status: string; failureType?: string; message?: string }> {
  for (;;) {
    const events = await t.history(handle.workflowId);
    const taskFailure = events.find((e) => e.workflowTaskFailedEventAttributes);
    if (taskFailure) {
      await handle.terminate('its workflow task fails');
      return {
        status: 'workflow task failed',
        message: taskFailure.workflowTaskFailedEventAttributes?.failure?.message ?? '',
      };
    }
    const { status } = await handle.describe();
    if (status.name !== 'RUNNING') {
      // Read again: the run may have closed after the history above was read.
      const closed = await t.history(handle.workflowId);
      const failure = closed.at(-1)?.workflowExecutionFailedEventAttributes?.failure;
      return {
        status: status.name,
        failureType: failure?.applicationFailureInfo?.type ?? undefined,
        message: failure?.message ?? undefined,
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function start<W extends typeof AgentWorkflow | typeof ResearchWorkflow>(workflow: W, input: unknown) {
  return t.env.client.workflow.start(workflow, {
    taskQueue: TASK_QUEUE,
    workflowId: t.newId('ai-input'),
    args: [input],
  } as never) as Promise<WorkflowHandle<W>>;
}

const goal = 'What is 12 * 7?';
/** A conversation as the agent carries it across continue-as-new. */
const carried = {
  messages: [
    { role: 'system', content: 'You are a careful assistant.' },
    { role: 'user', content: goal },
  ],
  steps: 0,
  toolCalls: [],
  usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
  runs: 2,
};

test.each([
  ['an empty carried state', { goal, state: {} }, 'state.messages: is required'],
  [
    'a carried state whose messages are not messages',
    { goal, state: { ...carried, messages: [{ role: 'x' }] } },
    'state.messages.0',
  ],
  [
    'a retry interval that is no duration',
    { goal, llmRetry: { initialInterval: '5 bogus' } },
    'llmRetry.initialInterval',
  ],
  ['a negative retry interval', { goal, llmRetry: { initialInterval: '-5 seconds' } }, 'llmRetry.initialInterval'],
])('AgentWorkflow refuses %s at once, typed, with nothing scheduled', async (_, input, field) => {
  const handle = await start(AgentWorkflow, input);
  const ended = await outcome(handle);
  expect(ended).toMatchObject({ status: 'FAILED', failureType: 'InvalidWorkflowInput' });
  expect(ended.message).toContain(field);
  expect(scheduledActivities(await t.history(handle.workflowId))).toEqual([]);
});

test.each([
  ['a timeout that is no duration', { searchTimeout: '5 bogus' }, 'searchTimeout'],
  ['a zero search timeout', { searchTimeout: 0, searchAttemptTimeout: 0 }, 'searchTimeout'],
])('ResearchWorkflow refuses %s at once, typed, with nothing scheduled', async (_, input, field) => {
  const handle = await start(ResearchWorkflow, { question: 'How do retries work?', ...input });
  const ended = await outcome(handle);
  expect(ended).toMatchObject({ status: 'FAILED', failureType: 'InvalidWorkflowInput' });
  expect(ended.message).toContain(field);
  expect(scheduledActivities(await t.history(handle.workflowId))).toEqual([]);
});

test.each([
  ['a carried conversation', { goal, state: carried }],
  ['a retry interval in any form the SDK reads', { goal, llmRetry: { initialInterval: '1.5 Seconds' } }],
  ['a retry interval longer than the longest backoff', { goal, llmRetry: { initialInterval: '2 minutes' } }],
])('AgentWorkflow runs %s', async (_, input) => {
  await expect(outcome(await start(AgentWorkflow, input))).resolves.toEqual({ status: 'COMPLETED' });
});

test.each([
  ['timeouts in forms the SDK reads', { searchTimeout: '.5 MINUTES', searchAttemptTimeout: '10s' }],
  ['a timeout in milliseconds', { searchTimeout: 20_000 }],
])('ResearchWorkflow runs %s', async (_, input) => {
  const handle = await start(ResearchWorkflow, { question: 'How do retries work?', ...input });
  await expect(outcome(handle)).resolves.toEqual({ status: 'COMPLETED' });
});
