import { randomUUID } from 'node:crypto';
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure, encodeTimeoutType, TimeoutType } from '@temporalio/common';
import { QuoteOrderWorkflow, type QuoteOrderInput } from '..';
import { products, scratchDir, writePriceList, writeStore } from './catalog.test-helpers';
import { createTestWorker, useTestServer } from '@reference/testing';

const taskQueue = 'quote-order-test';
const server = useTestServer();

/** A catalog of SKU-00001 and SKU-00002, and price lists from acme, globex and initech. */
function catalogWithSuppliers(): Omit<QuoteOrderInput, 'suppliers' | 'lines'> {
  const dir = scratchDir();
  const storePath = writeStore(dir, products(2));
  writePriceList(dir, 'acme', { 'SKU-00001': [120, 50], 'SKU-00002': [300, 50] });
  writePriceList(dir, 'globex', { 'SKU-00001': [110, 50] });
  writePriceList(dir, 'initech', { 'SKU-00001': [90, 1], 'SKU-00002': [250, 50] });
  return { storePath, priceListDir: dir };
}

async function quote(input: QuoteOrderInput) {
  const worker = await createTestWorker(server.env.nativeConnection, { taskQueue });
  const handle = await server.env.client.workflow.start(QuoteOrderWorkflow, {
    taskQueue,
    workflowId: `quote-${randomUUID()}`,
    args: [input],
  });
  const result = await worker.runUntil(handle.result().catch((err: unknown) => err));
  return { result, history: await handle.fetchHistory() };
}

test('one supplier failing never loses the others’ quotes (allSettled), and the cheapest wins per line', async () => {
  const { result } = await quote({
    ...catalogWithSuppliers(),
    suppliers: ['acme', 'globex', 'initech'],
    lines: [
      { sku: 'SKU-00001', quantity: 5 },
      { sku: 'SKU-00002', quantity: 2 },
    ],
  });
  expect(result).toMatchObject({
    deadlineReached: false,
    lines: [
      {
        sku: 'SKU-00001',
        best: { supplier: 'globex', unitPriceCents: 110, totalCents: 550 },
        quotes: [{ supplier: 'acme' }, { supplier: 'globex' }],
        failures: [{ supplier: 'initech', reason: 'InsufficientSupply' }],
      },
      {
        sku: 'SKU-00002',
        best: { supplier: 'initech', totalCents: 500 },
        quotes: [{ supplier: 'acme' }, { supplier: 'initech' }],
        failures: [{ supplier: 'globex', reason: 'SkuNotOffered' }],
      },
    ],
  });
});

test('suppliers still unanswered at the deadline are cancelled and left out (race against a durable timer)', async () => {
  const { result, history } = await quote({
    ...catalogWithSuppliers(),
    suppliers: ['acme', 'offline'],
    lines: [{ sku: 'SKU-00001', quantity: 1 }],
    deadlineSeconds: 1,
  });
  // `offline` publishes no price list: its retries would end in SupplierUnavailable after 3 s, but the 1 s
  // deadline fired first and cancelled it.
  expect(result).toMatchObject({
    deadlineReached: true,
    lines: [{ best: { supplier: 'acme' }, failures: [{ supplier: 'offline', reason: 'NoAnswerByDeadline' }] }],
  });
  expect(history.events?.some((e) => e.timerFiredEventAttributes)).toBe(true);
  expect(history.events?.some((e) => e.activityTaskCancelRequestedEventAttributes)).toBe(true);
});

test('every line must be in the catalog (all): an unknown SKU fails the quote before any supplier is asked', async () => {
  const { result, history } = await quote({
    ...catalogWithSuppliers(),
    suppliers: ['acme'],
    lines: [
      { sku: 'SKU-00001', quantity: 1 },
      { sku: 'NOPE', quantity: 1 },
    ],
  });
  expect(result).toBeInstanceOf(WorkflowFailedError);
  const cause = (result as WorkflowFailedError).cause;
  // The client reads the business reason from the cause: the local activity's typed, non-retryable failure.
  expect(cause).toBeInstanceOf(ApplicationFailure);
  expect(cause).toMatchObject({ type: 'UnknownSku', nonRetryable: true });
  expect(history.events?.some((e) => e.activityTaskScheduledEventAttributes)).toBe(false);
});

test('the catalog lookup runs as a local activity: a marker in history, no scheduled activity task', async () => {
  const { history } = await quote({
    ...catalogWithSuppliers(),
    suppliers: ['acme'],
    lines: [{ sku: 'SKU-00002', quantity: 1 }],
  });
  const scheduled = history.events?.flatMap((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? []);
  expect(scheduled).toEqual(['requestSupplierQuote']);
  expect(
    history.events?.filter((e) => e.markerRecordedEventAttributes?.markerName === 'core_local_activity'),
  ).toHaveLength(1);
});

/** Where each requestSupplierQuote was scheduled, in order, and the type of each activity timeout. */
function scheduledAndTimedOut(history: Awaited<ReturnType<typeof quote>>['history']) {
  const events = history.events ?? [];
  return {
    queues: events.flatMap((e) => e.activityTaskScheduledEventAttributes?.taskQueue?.name ?? []),
    timeouts: events.flatMap(
      (e) => e.activityTaskTimedOutEventAttributes?.failure?.timeoutFailureInfo?.timeoutType ?? [],
    ),
  };
}

test("a supplier task queue nobody polls times out schedule-to-start, and the quote is asked on the workflow's own", async () => {
  const supplierTaskQueue = `suppliers-${randomUUID()}`;
  const { result, history } = await quote({
    ...catalogWithSuppliers(),
    suppliers: ['acme'],
    lines: [{ sku: 'SKU-00001', quantity: 2 }],
    supplierTaskQueue,
  });
  expect(result).toMatchObject({ lines: [{ best: { supplier: 'acme', totalCents: 240 }, failures: [] }] });
  // Not retried there (a schedule-to-start timeout never is): once on the suppliers' queue, then on the workflow's.
  expect(scheduledAndTimedOut(history)).toEqual({
    queues: [supplierTaskQueue, taskQueue],
    timeouts: [encodeTimeoutType(TimeoutType.SCHEDULE_TO_START)],
  });
});

test('a supplier task queue with a worker answers the quote itself', async () => {
  const supplierTaskQueue = `suppliers-${randomUUID()}`;
  const suppliers = await createTestWorker(server.env.nativeConnection, {
    taskQueue: supplierTaskQueue,
    workflows: false,
  });
  const { result, history } = await suppliers.runUntil(
    quote({
      ...catalogWithSuppliers(),
      suppliers: ['acme'],
      lines: [{ sku: 'SKU-00001', quantity: 2 }],
      supplierTaskQueue,
    }),
  );
  expect(result).toMatchObject({ lines: [{ best: { supplier: 'acme', totalCents: 240 } }] });
  expect(scheduledAndTimedOut(history)).toEqual({ queues: [supplierTaskQueue], timeouts: [] });
});
