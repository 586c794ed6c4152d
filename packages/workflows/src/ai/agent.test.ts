import { AgentWorkflow, agentProgressQuery, TASK_QUEUE, type AgentInput } from '..';
import { scheduledActivities, setUpAiTestEnv, type AiTestEnv } from './ai-env.test-helpers';
import { completion, inOrder, type Responder } from './scripted-chat-server.test-helpers';

let t: AiTestEnv;
beforeAll(async () => {
  t = await setUpAiTestEnv('scripted');
});
afterAll(async () => {
  await t?.teardown();
});

const toolCall = (name: string, args: unknown) => completion({ toolCalls: [{ name, arguments: args }] });

async function runAgent(responder: Responder, input: Partial<AgentInput> = {}) {
  t.chat.respond(responder);
  const workflowId = t.newId('agent');
  const handle = await t.env.client.workflow.start(AgentWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId,
    args: [{ goal: 'What is 12 * 7, and how do retries work?', ...input }],
  });
  return { result: await handle.result(), workflowId, firstRunId: handle.firstExecutionRunId };
}

test('runs the tools the model picks, in order, as activities, and feeds their results back', async () => {
  const { result, workflowId } = await runAgent(
    inOrder(
      toolCall('calculate', { a: 12, op: '*', b: 7 }),
      toolCall('searchKnowledgeBase', { query: 'activity retries' }),
      completion({ content: '84; activities retry with backoff.' }),
    ),
  );
  expect(result).toMatchObject({ status: 'answered', answer: '84; activities retry with backoff.', steps: 3, runs: 1 });
  expect(result.toolCalls.map((c) => [c.name, c.ok])).toEqual([
    ['calculate', true],
    ['searchKnowledgeBase', true],
  ]);
  expect(result.usage.totalTokens).toBe(45);
  expect(scheduledActivities(await t.history(workflowId))).toEqual([
    'callLlm',
    'calculate',
    'callLlm',
    'searchKnowledgeBase',
    'callLlm',
  ]);
  const [first, second, third] = t.chat.requests.map((r) => r.body);
  expect(first?.tools?.map((tool) => tool.function.name)).toEqual(['calculate', 'searchKnowledgeBase']);
  expect(second?.messages.at(-1)).toEqual({ role: 'tool', tool_call_id: 'call_0_calculate', content: '84' });
  expect(third?.messages.at(-1)?.content).toContain('kb://activity-retries');
});

test('stops at its step bound when the model never stops calling tools', async () => {
  const { result, workflowId } = await runAgent(() => toolCall('calculate', { a: 1, op: '+', b: 1 }), {
    maxSteps: 3,
  });
  expect(result).toMatchObject({ status: 'step-limit', answer: null, steps: 3 });
  const activities = scheduledActivities(await t.history(workflowId));
  expect(activities.filter((a) => a === 'callLlm')).toHaveLength(3);
  expect(t.chat.requests).toHaveLength(3);
});

test('an unknown tool or bad arguments go back to the model as the tool’s error, and the loop goes on', async () => {
  const { result } = await runAgent(
    inOrder(
      toolCall('deleteEverything', {}),
      toolCall('calculate', { a: 1, op: '/', b: 0 }),
      toolCall('calculate', { a: 'one' }),
      completion({ content: 'gave up' }),
    ),
  );
  expect(result.status).toBe('answered');
  expect(result.toolCalls.map((c) => [c.name, c.ok, c.result])).toEqual([
    ['deleteEverything', false, 'error: there is no tool named deleteEverything'],
    ['calculate', false, 'error: calculate: division by zero'],
    ['calculate', false, expect.stringContaining('error: calculate:')],
  ]);
});

test('a long conversation continues as new and carries the conversation across runs', async () => {
  const { result, workflowId, firstRunId } = await runAgent(
    inOrder(
      toolCall('calculate', { a: 1, op: '+', b: 2 }),
      toolCall('calculate', { a: 3, op: '+', b: 4 }),
      toolCall('calculate', { a: 5, op: '+', b: 6 }),
      completion({ content: 'sums done' }),
    ),
    { maxMessagesPerRun: 2 },
  );
  // Each tool round adds two messages, so every run after a tool round continues as new.
  expect(result).toMatchObject({ status: 'answered', answer: 'sums done', steps: 4, runs: 4 });
  const firstRun = await t.env.client.workflow.getHandle(workflowId, firstRunId).fetchHistory();
  expect(firstRun.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes).toBeTruthy();
  expect(scheduledActivities(firstRun.events ?? [])).toEqual(['callLlm', 'calculate']);
  // The last request holds the whole conversation: system, goal, then three tool rounds of two messages each.
  expect(t.chat.requests.at(-1)?.body.messages).toHaveLength(8);
});

test('the progress query shows the step and the tool calls while the agent runs', async () => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const responder = inOrder(toolCall('calculate', { a: 6, op: '*', b: 7 }), completion({ content: '42' }));
  const workflowId = t.newId('agent-progress');
  t.chat.respond(async (request, index) => {
    if (index === 1) await held;
    return responder(request, index);
  });
  const handle = await t.env.client.workflow.start(AgentWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId,
    args: [{ goal: '6 * 7?', maxSteps: 5 }],
  });
  let progress = await handle.query(agentProgressQuery);
  while (progress.toolCalls.length === 0) progress = await handle.query(agentProgressQuery);
  expect(progress).toMatchObject({ status: 'thinking', step: 1, maxSteps: 5, runs: 1, currentTool: null });
  expect(progress.toolCalls).toEqual([expect.objectContaining({ name: 'calculate', ok: true, result: '42' })]);
  release();
  expect((await handle.result()).answer).toBe('42');
});
