import { randomUUID } from 'node:crypto';
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, NativeConnection, Worker, type WorkflowBundle } from '@temporalio/worker';
import { TEST_CARDS } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import { createDataConverter, payloadConverterPath } from '@reference/data-converter';
import { startTestServer, waitFor } from '@reference/testing';
import {
  addItemToOrderUpdate,
  approveOrderSignal,
  GreetingWorkflow,
  invoiceStart,
  invoiceStatusQuery,
  InvoiceWorkflow,
  orderProgressQuery,
  OrderWorkflow,
  payInvoiceUpdate,
} from '@reference/workflows';
import { loadWorkerConfig } from './config';
import { workerOptions } from './create-worker';
import { buildIdOf, versioningFrom } from './versioning';
import { activityWorkers, setCurrentVersion, workflowTasks } from './deployments.test-helpers';

let env: TestWorkflowEnvironment;
let client: Client;
let workflowBundle: WorkflowBundle;
const running: { worker: Worker; run: Promise<void>; connection: NativeConnection }[] = [];

beforeAll(async () => {
  [env, workflowBundle] = await Promise.all([
    startTestServer(),
    bundleWorkflowCode({ workflowsPath: require.resolve('@reference/workflows/registry'), payloadConverterPath }),
  ]);
  client = new Client({ connection: env.connection, dataConverter: createDataConverter() });
}, 180_000);

afterAll(async () => {
  for (const { worker } of running) worker.shutdown();
  for (const { run, connection } of running) await run.finally(() => connection.close());
  await env?.teardown();
});

/** The project's worker, versioned as the environment `settings` configure it, polling `taskQueue`. */
async function startVersionedWorker(taskQueue: string, settings: NodeJS.ProcessEnv): Promise<string> {
  const versioning = versioningFrom(loadWorkerConfig(settings), workflowBundle.code);
  if (!versioning) throw new Error('versioning is off');
  const { buildId } = versioning.options.version;
  // A connection of its own, as each release's workers would have.
  const connection = await NativeConnection.connect({ address: env.address });
  const options = workerOptions(connection, 'default', { workflowBundle }, { deployment: versioning.options });
  // No cache: every workflow task replays the run from its start, so the behaviour is declared again from history.
  const worker = await Worker.create({ ...options, taskQueue, identity: `worker ${buildId}`, maxCachedWorkflows: 0 });
  running.push({ worker, run: worker.run(), connection });
  return buildId;
}

test('worker-versioning routing: PINNED runs stay on their version, AUTO_UPGRADE runs and new starts move', async () => {
  const taskQueue = `versioning-${randomUUID()}`;
  const deployment = `reference-${randomUUID()}`;

  // Release 1: its build id derived from the workflow bundle; made current.
  const v1 = await startVersionedWorker(taskQueue, { TEMPORAL_DEPLOYMENT_NAME: deployment });
  expect(v1).toBe(buildIdOf(workflowBundle.code));
  await setCurrentVersion(client, deployment, v1);

  // A PINNED order (it continues as new past 12 history events) and an AUTO_UPGRADE invoice, both waiting.
  const orderId = `order-${randomUUID()}`;
  const order = await client.workflow.start(OrderWorkflow, {
    taskQueue,
    workflowId: orderId,
    args: [{ orderId, customerId: 'ada', ...sealCard(TEST_CARDS.ok), country: 'GB', coolOffMs: 10, historyLimit: 12 }],
  });
  const invoiceInput = {
    invoiceId: `INV-${Date.now() % 1e9}`,
    customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
    amountCents: 12_345n,
    currency: 'EUR' as const,
    dueDate: new Date(Date.now() + 86_400_000),
  };
  const invoice = await client.workflow.start(InvoiceWorkflow, {
    taskQueue,
    ...invoiceStart.options(invoiceInput, { requestedBy: 'test' }),
  });
  await waitFor(() => invoice.query(invoiceStatusQuery), 'the invoice is sent', {
    holds: (status) => status === 'sent',
    retryErrors: true,
  });
  await expect(order.query(orderProgressQuery)).resolves.toMatchObject({ status: 'awaiting-approval' });

  // Release 2 (the same code here, so its build id is set by TEMPORAL_WORKER_BUILD_ID); made current.
  const v2 = await startVersionedWorker(taskQueue, {
    TEMPORAL_DEPLOYMENT_NAME: deployment,
    TEMPORAL_WORKER_BUILD_ID: 'release-2',
  });
  await setCurrentVersion(client, deployment, v2);

  // The order takes items (continuing as new on the way), is approved and fulfils itself: all of it on release 1.
  for (const sku of ['TEA-GREEN', 'MUG-BLUE', 'KETTLE', 'TEA-BLACK']) {
    await order.executeUpdate(addItemToOrderUpdate, { args: [{ sku, quantity: 1 }] });
  }
  await order.signal(approveOrderSignal, { approvedBy: 'bo' });
  await expect(order.result()).resolves.toMatchObject({ status: 'fulfilled', itemCount: 4 });
  // The invoice's payment and everything after it run on release 2.
  await invoice.executeUpdate(payInvoiceUpdate, {
    args: [{ amountCents: invoiceInput.amountCents, paidAt: new Date(), reference: 'SEPA-1' }],
  });
  await invoice.result();
  // New starts go to release 2, whatever their behaviour.
  const greeting = await client.workflow.start(GreetingWorkflow, {
    taskQueue,
    workflowId: `greeting-${randomUUID()}`,
    args: ['Ada'],
  });
  await expect(greeting.result()).resolves.toBe('Hello, Ada!');

  // Every run of the order (it continued as new after release 2 became current) and every line, a child started
  // after that too: their workflow tasks and their activities all ran on release 1.
  const firstRun = client.workflow.getHandle(orderId, order.firstExecutionRunId);
  const lastRun = client.workflow.getHandle(orderId);
  expect((await lastRun.describe()).runId).not.toBe(order.firstExecutionRunId);
  const lines = [1, 2, 3, 4].map((line) => client.workflow.getHandle(`${orderId}/line-${line}`));
  for (const run of [firstRun, lastRun, ...lines]) {
    expect(new Set(await workflowTasks(run))).toEqual(new Set([`${v1} PINNED`]));
    expect(new Set(await activityWorkers(run))).toEqual(new Set([`worker ${v1}`]));
  }

  const invoiceTasks = await workflowTasks(invoice);
  expect(invoiceTasks[0]).toBe(`${v1} AUTO_UPGRADE`);
  expect(invoiceTasks.at(-1)).toBe(`${v2} AUTO_UPGRADE`);
  expect(new Set(invoiceTasks)).toEqual(new Set([`${v1} AUTO_UPGRADE`, `${v2} AUTO_UPGRADE`]));
  // GreetingWorkflow declares nothing: the worker's default (AUTO_UPGRADE) applies.
  expect(new Set(await workflowTasks(greeting))).toEqual(new Set([`${v2} AUTO_UPGRADE`]));
  expect(new Set(await activityWorkers(greeting))).toEqual(new Set(['worker release-2']));
  // Each routing change waits on the server's deployment workflows (setCurrentVersion), slow on a loaded machine.
}, 240_000);

test('an unversioned worker declares no behaviour: the marked workflows run as before', async () => {
  const taskQueue = `unversioned-${randomUUID()}`;
  const connection = await NativeConnection.connect({ address: env.address });
  const worker = await Worker.create({ ...workerOptions(connection, 'default', { workflowBundle }), taskQueue });
  running.push({ worker, run: worker.run(), connection });
  const orderId = `order-${randomUUID()}`;
  const order = await client.workflow.start(OrderWorkflow, {
    taskQueue,
    workflowId: orderId,
    args: [
      {
        orderId,
        customerId: 'ada',
        ...sealCard(TEST_CARDS.ok),
        country: 'GB',
        coolOffMs: 10,
        items: [{ sku: 'KETTLE', quantity: 1 }],
      },
    ],
  });
  await order.signal(approveOrderSignal, { approvedBy: 'bo' });
  await expect(order.result()).resolves.toMatchObject({ status: 'fulfilled' });
  expect(new Set(await workflowTasks(order))).toEqual(new Set(['- unversioned']));
});
