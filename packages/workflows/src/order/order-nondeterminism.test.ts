import { WorkflowFailedError } from '@temporalio/client';
import type { Worker, WorkflowBundleOption } from '@temporalio/worker';
import { createTestWorker, SETUP_TIMEOUT_MS, type TestWorkerOptions, useTestServer } from '@reference/testing';
import { bundleWorkflows } from '@reference/workflow-bundle';
import { OrderWorkflow, orderProgressQuery } from '..';
import { eventKinds, orderInput } from './order.test-helpers';

const taskQueue = 'order-nondeterminism';
const server = useTestServer();
let changedCode: WorkflowBundleOption;

beforeAll(async () => {
  changedCode = { code: await bundleWorkflows({ workflowsPath: require.resolve('./order-changed.fixture') }) };
}, SETUP_TIMEOUT_MS);

/** A worker on the shipped bundle, or on the changed code given as `workflowBundle`. */
function worker(options: TestWorkerOptions = {}): Promise<Worker> {
  return createTestWorker(server.env.nativeConnection, { taskQueue, ...options });
}

/** An order started by today's code, then handed to a worker running changed code with no cached state. */
async function orderMetByChangedCode(options: TestWorkerOptions) {
  const input = orderInput();
  const handle = await server.env.client.workflow.start(OrderWorkflow, {
    taskQueue,
    workflowId: input.orderId,
    args: [input],
  });
  await (
    await worker()
  ).runUntil(async () => {
    while ((await handle.query(orderProgressQuery)).itemCount < 1) await new Promise((r) => setTimeout(r, 50));
  });
  return { handle, changed: await worker({ workflowBundle: changedCode, ...options }) };
}

test('with NondeterminismError in workflowFailureErrorTypes, changed code fails the workflow at once', async () => {
  const { handle, changed } = await orderMetByChangedCode({
    workflowFailureErrorTypes: { '*': ['NondeterminismError'] },
  });
  const failure = await changed.runUntil(async () => {
    await handle.signal('attr:giftMessage', 'wakes the workflow up');
    return handle.result().catch((err: unknown) => err);
  });
  expect(failure).toBeInstanceOf(WorkflowFailedError);
  expect((failure as WorkflowFailedError).cause?.message).toMatch(/[Nn]ondeterminism/);
});

test('without it, the same change only fails workflow tasks: the order stays running, waiting for a fix', async () => {
  const { handle, changed } = await orderMetByChangedCode({});
  await changed.runUntil(async () => {
    await handle.signal('attr:giftMessage', 'wakes the workflow up');
    while (!(await eventKinds(handle)).includes('workflowTaskFailed')) await new Promise((r) => setTimeout(r, 100));
  });
  expect((await handle.describe()).status.name).toBe('RUNNING');
  await handle.terminate('test over');
});
