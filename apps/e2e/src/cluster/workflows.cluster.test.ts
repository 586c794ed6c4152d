import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { TEST_CARDS } from '@reference/models';
import { waitFor } from '@reference/testing/wait';
import { NEXUS_CALLER_NAMESPACE, NexusGreetingWorkflow, TASK_QUEUE } from '@reference/workflows';
import type { BackgroundProcess } from '../processes';
import { startWorkerProcess } from '../worker-process';
import { clusterClient, clusterEnv, starter } from './on-cluster';

// The production worker and the starter, given nothing but the cluster's mTLS profile, on the multi-process server:
// each domain here reaches a different part of it (history and matching, the internal worker service for schedules,
// SQL visibility for search attributes, the Nexus endpoint registry).
let worker: BackgroundProcess;
let client: Client;
const run = randomUUID().slice(0, 8);

beforeAll(async () => {
  const state = mkdtempSync(path.join(tmpdir(), 'cluster-worker-'));
  worker = await startWorkerProcess({
    ...clusterEnv,
    NEXUS_CALLER_NAMESPACE,
    LEDGER_DIR: path.join(state, 'ledger'),
    APPROVALS_DB: path.join(state, 'approvals.sqlite'),
    REPORTS_FILE: path.join(state, 'reports.jsonl'),
  });
  client = await clusterClient();
});
afterAll(async () => {
  await worker?.stop();
  await client?.connection.close();
});

/** What the starter printed on stdout, after checking it succeeded. */
async function output(...args: string[]): Promise<string> {
  const { code, stdout, stderr } = await starter(args);
  expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  return stdout.trimEnd();
}

/** The line a command ends with (one that waits prints progress first). */
const ok = async (...args: string[]) => (await output(...args)).split('\n').at(-1) ?? '';

test('the worker polls the cluster through the profile', () => {
  expect(worker.lines[0]).toMatch(/^Worker polling task queue my-task-queue at 127\.0\.0\.1:\d+ \(namespace default\)/);
});

test('the greeting', async () => {
  await expect(ok('greet', 'Ada')).resolves.toBe('Result: Hello, Ada!');
});

test('an order saga end to end: one fulfilled, one declined and compensated', async () => {
  const order = (id: string, cardNumber: string) =>
    JSON.stringify({
      orderId: id,
      customerId: 'ada',
      cardNumber,
      country: 'GB',
      coolOffMs: 10,
      items: [{ sku: 'KETTLE', quantity: 1 }],
    });
  const fulfilled = `cluster-order-${run}`;
  await expect(ok('order', 'start', order(fulfilled, TEST_CARDS.ok), '--approved-by', 'bo')).resolves.toBe(
    `Started order ${fulfilled}, approved by bo`,
  );
  const result = await ok('order', 'result', fulfilled);
  expect(JSON.parse(result.replace(/^Result: /, ''))).toMatchObject({ orderId: fulfilled, status: 'fulfilled' });

  const declined = `cluster-order-declined-${run}`;
  await ok('order', 'start', order(declined, TEST_CARDS.declined), '--approved-by', 'bo');
  const failed = await starter(['order', 'result', declined]);
  expect(failed.code).toBe(1);
  expect(failed.stderr.trim()).toMatch(new RegExp(`^error: PaymentDeclined: order ${declined} failed`));
  // The saga undid what it had done before the charge failed.
  const history = await client.workflow.getHandle(declined).fetchHistory();
  const activities = (history.events ?? []).flatMap(
    (e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? [],
  );
  expect(activities).toEqual(expect.arrayContaining(['chargePayment', 'releaseInventory']));
});

test('a schedule fires: the internal worker service starts its workflow', async () => {
  const id = `cluster-schedule-${run}`;
  await expect(ok('schedule', 'create', '--id', id, '--every', '2s')).resolves.toMatch(`Created schedule ${id}`);
  try {
    await waitFor(
      async () => /runs so far [1-9]/.test(await ok('schedule', 'describe', '--id', id)),
      `schedule ${id} ran once`,
      { timeoutMs: 60_000 },
    );
    const runs = client.workflow.list({ query: `TemporalScheduledById = '${id}'` });
    for await (const execution of runs) expect(execution.type).toBe('ReportWorkflow');
  } finally {
    await ok('schedule', 'delete', '--id', id);
  }
});

test('the invoice list by search attribute (SQL visibility)', async () => {
  const id = `INV-${Date.now() % 1e12}`;
  await ok(
    'invoice',
    'send',
    '--id',
    id,
    '--customer',
    'Ada',
    '--email',
    'ada@example.com',
    '--amount',
    '12.50',
    '--due',
    '2030-01-31',
  );
  await waitFor(async () => (await output('invoice', 'list', '--status', 'sent')).includes(id), `${id} listed as sent`);
  await expect(output('invoice', 'list', '--status', 'sent')).resolves.toMatch(
    new RegExp(`invoice-${id}\\s+sent\\s+due 2030-01-31\\s+1250 cents`),
  );
});

test('a Nexus call from the caller namespace through the endpoint registry', async () => {
  const caller = await clusterClient(NEXUS_CALLER_NAMESPACE);
  try {
    const result = await caller.workflow.execute(NexusGreetingWorkflow, {
      taskQueue: TASK_QUEUE,
      workflowId: `cluster-nexus-${run}`,
      args: [{ name: 'Ada', language: 'fr', delaySeconds: 0 }],
    });
    expect([result.now, result.later]).toEqual(['Bonjour, Ada!', 'Bonjour, Ada!']);
  } finally {
    await caller.connection.close();
  }
});
