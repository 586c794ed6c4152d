import { WorkflowFailedError } from '@temporalio/client';
import { AgentWorkflow, ResearchWorkflow, TASK_QUEUE } from '..';
import { scheduledActivities, setUpAiTestEnv, type AiTestEnv } from './ai-env.test-helpers';

// No key, no server: LLM_PROVIDER=offline, the default, through the same activities and client library.
let t: AiTestEnv;
beforeAll(async () => {
  t = await setUpAiTestEnv('offline');
});
afterAll(async () => {
  await t?.teardown();
});

const llmRetry = { initialInterval: '50 milliseconds', maximumAttempts: 3 } as const;

function run<W extends typeof AgentWorkflow | typeof ResearchWorkflow>(workflow: W, input: Parameters<W>[0]) {
  const workflowId = t.newId('offline');
  const outcome = t.env.client.workflow.execute(workflow, {
    taskQueue: TASK_QUEUE,
    workflowId,
    args: [input],
  } as never);
  return { workflowId, outcome: outcome as Promise<Awaited<ReturnType<W>>> };
}

test('the offline model plays the agent: calculate, then search, then an answer from their results', async () => {
  const { workflowId, outcome } = run(AgentWorkflow, { goal: 'What is 12 * 7? Also search for continue-as-new.' });
  const result = await outcome;
  expect(result.status).toBe('answered');
  expect(result.toolCalls.map((c) => [c.name, c.arguments])).toEqual([
    ['calculate', '{"a":12,"op":"*","b":7}'],
    ['searchKnowledgeBase', '{"query":"continue-as-new"}'],
  ]);
  expect(result.answer).toContain('→ 84');
  expect(result.answer).toContain('kb://continue-as-new');
  expect(result.usage.totalTokens).toBeGreaterThan(0);
  expect(scheduledActivities(await t.history(workflowId))).toEqual([
    'callLlm',
    'calculate',
    'callLlm',
    'searchKnowledgeBase',
    'callLlm',
  ]);
});

test('!endless keeps the offline model calling tools until the step bound', async () => {
  const result = await run(AgentWorkflow, { goal: 'search forever !endless', maxSteps: 4 }).outcome;
  expect(result).toMatchObject({ status: 'step-limit', steps: 4, answer: null });
});

test('scripted errors take the real classification: !fail:500x2 is retried, !fail:401 is not', async () => {
  const retried = run(AgentWorkflow, { goal: 'What is 2 + 2? !fail:500x2', maxSteps: 1, llmRetry });
  expect((await retried.outcome).steps).toBe(1);
  const started = (await t.history(retried.workflowId)).find((e) => e.activityTaskStartedEventAttributes);
  expect(started?.activityTaskStartedEventAttributes?.attempt).toBe(3);

  const refused = run(AgentWorkflow, { goal: 'What is 2 + 2? !fail:401', llmRetry });
  await expect(refused.outcome).rejects.toBeInstanceOf(WorkflowFailedError);
  const failed = (await t.history(refused.workflowId)).find((e) => e.activityTaskFailedEventAttributes);
  expect(failed?.activityTaskFailedEventAttributes?.failure?.applicationFailureInfo).toMatchObject({
    type: 'LlmAuthenticationError',
    nonRetryable: true,
  });
});

test('a scripted rate limit fails every run of the same goal once, not only the worker’s first', async () => {
  // The attempt that completed the run's first activity, its first model call.
  const firstCallAttempt = async () => {
    const { workflowId, outcome } = run(AgentWorkflow, { goal: 'What is 3 * 3? !fail:429', maxSteps: 1, llmRetry });
    await outcome;
    const started = (await t.history(workflowId)).flatMap((e) => e.activityTaskStartedEventAttributes ?? []);
    return started[0]?.attempt;
  };
  await expect(firstCallAttempt()).resolves.toBe(2);
  await expect(firstCallAttempt()).resolves.toBe(2);
});

test('the offline research pipeline plans, searches the knowledge base and writes a report', async () => {
  const result = await run(ResearchWorkflow, { question: 'How do activity retries and timeouts work?' }).outcome;
  expect(result.subtopics).toHaveLength(3);
  expect(result.searches).toHaveLength(6);
  expect(result.searches.every((s) => s.status === 'done')).toBe(true);
  expect(result.report).toMatch(/^# How do activity retries and timeouts work\?/);
  expect(result.report).toContain('kb://activity-retries');
  // One section per subtopic, in plan order, however many searches it had.
  expect(result.report.match(/^## .*$/gm)).toEqual(result.subtopics.map((s) => `## ${s.title}`));
});

test('!invalid-json makes the offline planner break its schema: a typed InvalidModelOutput failure', async () => {
  const { outcome } = run(ResearchWorkflow, { question: 'anything !invalid-json' });
  const error = await outcome.catch((err: unknown) => err);
  expect(error).toBeInstanceOf(WorkflowFailedError);
  expect((error as WorkflowFailedError).cause?.cause).toMatchObject({ type: 'InvalidModelOutput' });
});
