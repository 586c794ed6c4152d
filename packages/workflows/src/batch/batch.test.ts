import { randomUUID } from 'node:crypto';
import { Context } from '@temporalio/activity';
import { WorkflowFailedError } from '@temporalio/client';
import type { Worker } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { BatchStore } from '@reference/batch-store';
import { createTestWorker, useTestServer, waitFor } from '@reference/testing';
import { BatchWorkflow, batchProgressQuery, pauseBatchSignal, TASK_QUEUE } from '..';
import { runHistoryLengths, sampleBatch } from './batch.test-helpers';
import type { BatchInput } from './types';

const server = useTestServer();

/** A worker with the real activities, processBatchPage wrapped by `around` (which calls the real one). */
function workerWith(around?: (page: typeof activities.processBatchPage) => typeof activities.processBatchPage) {
  const processBatchPage = around ? around(activities.processBatchPage) : activities.processBatchPage;
  return createTestWorker(server.env.nativeConnection, { activities: { processBatchPage } });
}

async function startBatch(input: BatchInput) {
  return server.env.client.workflow.start(BatchWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: `batch-${randomUUID()}`,
    args: [input],
  });
}

async function run<T>(worker: Promise<Worker>, fn: () => Promise<T>): Promise<T> {
  return (await worker).runUntil(fn);
}

afterEach(() => {
  delete process.env.BATCH_RECORD_MS;
});

test('every record ends in the store once, at most `window` pages at once, each run within its history bound', async () => {
  const files = await sampleBatch(230, 7);
  let running = 0;
  let mostAtOnce = 0;
  const worker = workerWith((real) => async (input) => {
    mostAtOnce = Math.max(mostAtOnce, ++running);
    try {
      return await real(input);
    } finally {
      running -= 1;
    }
  });
  const { handle, result } = await run(worker, async () => {
    const handle = await startBatch({ ...files, pageSize: 10, window: 3, maxHistoryEvents: 100 });
    return { handle, result: await handle.result() };
  });

  expect(result).toMatchObject({
    status: 'completed',
    records: 230,
    processed: 223,
    stored: 223,
    alreadyStored: 0,
    failed: 7,
    pagesDone: 23,
    pages: 23,
    cancelledPages: [],
  });
  expect(result.failures.map((f) => f.line)).toEqual([33, 66, 99, 132, 165, 198, 230]);
  const store = BatchStore.at(files.storePath);
  expect(store.counts(handle.workflowId)).toEqual({ records: 223, rejects: 7 });
  expect(new Set(store.records(handle.workflowId).map((r) => r.sku)).size).toBe(223);
  expect(mostAtOnce).toBeGreaterThan(1);
  expect(mostAtOnce).toBeLessThanOrEqual(3);
  const lengths = await runHistoryLengths(server.env.client, handle.workflowId, handle.firstExecutionRunId);
  expect(lengths.length).toBe(result.runs);
  expect(result.runs).toBeGreaterThan(1);
  expect(Math.max(...lengths)).toBeLessThanOrEqual(100);
});

test('paused, it starts no page until resumed, and the progress query says so', async () => {
  const files = await sampleBatch(60);
  process.env.BATCH_RECORD_MS = '20';
  let started = 0;
  const worker = workerWith((real) => async (input) => {
    started += 1;
    return real(input);
  });
  const result = await run(worker, async () => {
    const handle = await startBatch({ ...files, pageSize: 10, window: 2 });
    await waitFor(() => handle.query(batchProgressQuery), 'a page is in flight', {
      holds: (p) => p.inFlight > 0,
      retryErrors: true,
    });
    await handle.signal(pauseBatchSignal, { paused: true });
    // Each page that finishes is a workflow task in which a running batch would start the next page.
    const paused = await waitFor(() => handle.query(batchProgressQuery), 'the batch is paused with no page in flight', {
      holds: (p) => p.status === 'paused' && p.inFlight === 0,
      retryErrors: true,
    });
    expect(paused.pagesDone).toBe(started);
    expect(paused.pagesDone).toBeLessThan(6);
    expect(paused).toMatchObject({ records: 60, processed: paused.pagesDone * 10, pages: 6, runs: 1 });
    await handle.signal(pauseBatchSignal, { paused: false });
    return handle.result();
  });
  expect(result).toMatchObject({ status: 'completed', processed: 60, pagesDone: 6 });
});

test('a page that fails transiently is retried by Temporal; its records are stored once', async () => {
  const files = await sampleBatch(50);
  const attempts: Array<[number, number]> = [];
  const worker = workerWith((real) => async (input) => {
    const { attempt } = Context.current().info;
    attempts.push([input.page, attempt]);
    if (input.page === 2 && attempt === 1) throw new Error('database is locked');
    return real(input);
  });
  const { workflowId, result } = await run(worker, async () => {
    const handle = await startBatch({ ...files, pageSize: 10 });
    return { workflowId: handle.workflowId, result: await handle.result() };
  });
  expect(result).toMatchObject({ status: 'completed', processed: 50, stored: 50, failed: 0 });
  expect(attempts.filter(([page]) => page === 2)).toEqual([
    [2, 1],
    [2, 2],
  ]);
  expect(BatchStore.at(files.storePath).counts(workflowId).records).toBe(50);
});

test('cancelled, it cancels the pages in flight and says how far it got; the store holds exactly that', async () => {
  const files = await sampleBatch(300);
  // Pages of 5 s, so the next ones are in flight when the first are done, and still in flight when the
  // cancellation reaches them (within 0.5 s, the worker's heartbeat throttle).
  process.env.BATCH_RECORD_MS = '250';
  const { workflowId, result, events } = await run(workerWith(), async () => {
    const handle = await startBatch({ ...files, pageSize: 20, window: 3 });
    await waitFor(() => handle.query(batchProgressQuery), '20 records are processed and a page is in flight', {
      holds: (p) => p.processed >= 20 && p.inFlight > 0,
      retryErrors: true,
    });
    await handle.cancel();
    const result = await handle.result();
    return { workflowId: handle.workflowId, result, events: (await handle.fetchHistory()).events ?? [] };
  });
  expect(result.status).toBe('cancelled');
  expect(result.cancelledPages.length).toBeGreaterThan(0);
  expect(result.processed).toBe(result.pagesDone * 20);
  expect(result.pagesDone + result.cancelledPages.length).toBe(result.nextPage);
  expect(result.nextPage).toBeLessThan(15);
  expect(events.filter((e) => e.activityTaskCanceledEventAttributes)).toHaveLength(result.cancelledPages.length);
  expect(BatchStore.at(files.storePath).counts(workflowId).records).toBe(result.processed);
});

test('cancelled while a page stalls past its heartbeat timeout, it lists that page as cancelled: stored whole or not at all', async () => {
  const files = await sampleBatch(10);
  let stalled!: () => void;
  const pageStalled = new Promise<void>((resolve) => (stalled = resolve));
  let timedOut!: () => void;
  const attemptTimedOut = new Promise<void>((resolve) => (timedOut = resolve));
  // The first attempt stalls without a heartbeat (a worker frozen mid-page) until the server has given up on it,
  // then commits anyway: its completion is refused, but its records are in the store.
  const worker = workerWith((real) => async (input) => {
    if (Context.current().info.attempt === 1) {
      stalled();
      await attemptTimedOut;
    }
    return await real(input);
  });
  const { workflowId, result } = await run(worker, async () => {
    const handle = await startBatch({ ...files, pageSize: 10, window: 1 });
    await pageStalled;
    await handle.cancel();
    await waitFor(() => handle.fetchHistory(), 'an activity attempt has timed out', {
      holds: ({ events }) => !!events?.some((e) => e.activityTaskTimedOutEventAttributes),
      retryErrors: true,
    });
    timedOut();
    return { workflowId: handle.workflowId, result: await handle.result() };
  });
  expect(result).toMatchObject({ status: 'cancelled', processed: 0, pagesDone: 0, cancelledPages: [0], nextPage: 1 });
  expect([0, 10]).toContain(BatchStore.at(files.storePath).counts(workflowId).records);
});

test('a source that is not there fails the batch at once, typed, without starting a page', async () => {
  const files = await sampleBatch(0);
  const { failure, events } = await run(workerWith(), async () => {
    const handle = await startBatch({ ...files, sourcePath: `${files.sourcePath}.missing` });
    const failure = await handle.result().catch((err: unknown) => err);
    return { failure, events: (await handle.fetchHistory()).events ?? [] };
  });
  const scheduled = events.map((e) => e.activityTaskScheduledEventAttributes?.activityType?.name).filter(Boolean);
  expect(scheduled).toEqual(['countBatchRecords']);
  expect(failure).toBeInstanceOf(WorkflowFailedError);
  expect((failure as WorkflowFailedError).cause?.cause).toMatchObject({
    type: 'BatchSourceMissing',
    nonRetryable: true,
  });
});

test('a history bound too small to drain the window is refused before anything runs', async () => {
  const files = await sampleBatch(10);
  const failure = await run(workerWith(), async () => {
    const handle = await startBatch({ ...files, window: 50, maxHistoryEvents: 500 });
    return handle.result().catch((err: unknown) => err);
  });
  expect((failure as WorkflowFailedError).cause).toMatchObject({
    type: 'InvalidWorkflowInput',
    message:
      'invalid BatchWorkflow workflow input: maxHistoryEvents: must be at least 660 for a window of 50 (twice the events draining it takes)',
  });
});
