import { WorkflowFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker, type WorkerOptions, type WorkflowBundleOption } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { createLocalTestEnv } from '@reference/temporal-server';
import { sharedWorkflowBundle, SETUP_TIMEOUT_MS } from '@reference/testing';
import { bundleWorkflows } from '@reference/workflow-bundle';
import { OrderWorkflow, orderProgressQuery } from '..';
import { eventKinds, orderInput } from './order.test-helpers';

const taskQueue = 'order-nondeterminism';
let env: TestWorkflowEnvironment;
const todaysCode = sharedWorkflowBundle();
let changedCode: WorkflowBundleOption;

beforeAll(async () => {
  let code: string;
  [env, code] = await Promise.all([
    createLocalTestEnv(),
    bundleWorkflows({ workflowsPath: require.resolve('./order-changed.fixture') }),
  ]);
  changedCode = { code };
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await env?.teardown();
});

function worker(workflowBundle: WorkflowBundleOption, options: Partial<WorkerOptions> = {}): Promise<Worker> {
  return Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle, activities, ...options });
}

/** An order started by today's code, then handed to a worker running changed code with no cached state. */
async function orderMetByChangedCode(options: Partial<WorkerOptions>) {
  const input = orderInput();
  const handle = await env.client.workflow.start(OrderWorkflow, {
    taskQueue,
    workflowId: input.orderId,
    args: [input],
  });
  await (
    await worker(todaysCode)
  ).runUntil(async () => {
    while ((await handle.query(orderProgressQuery)).itemCount < 1) await new Promise((r) => setTimeout(r, 50));
  });
  return { handle, changed: await worker(changedCode, options) };
}

test('with NondeterminismError in workflowFailureErrorTypes, changed code fails the workflow at once', async () => {
  const { handle, changed } = await orderMetByChangedCode({
    workflowFailureErrorTypes: { '*': ['NondeterminismError'] },
  });
  const failure = await changed.runUntil(async () => {
    await handle.signal('giftMessage', 'wakes the workflow up');
    return handle.result().catch((err: unknown) => err);
  });
  expect(failure).toBeInstanceOf(WorkflowFailedError);
  expect((failure as WorkflowFailedError).cause?.message).toMatch(/[Nn]ondeterminism/);
});

test('without it, the same change only fails workflow tasks: the order stays running, waiting for a fix', async () => {
  const { handle, changed } = await orderMetByChangedCode({});
  await changed.runUntil(async () => {
    await handle.signal('giftMessage', 'wakes the workflow up');
    while (!(await eventKinds(handle)).includes('workflowTaskFailed')) await new Promise((r) => setTimeout(r, 100));
  });
  expect((await handle.describe()).status.name).toBe('RUNNING');
  await handle.terminate('test over');
});
