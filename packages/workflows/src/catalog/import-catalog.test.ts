import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { WorkflowFailedError } from '@temporalio/client';
import { CancelledFailure, type Duration } from '@temporalio/common';
import type { Worker } from '@temporalio/worker';
import { ImportCatalogWorkflow, type ImportCatalogInput } from '..';
import { markReady, products, scratchDir, storeLog, writeFeed } from './catalog.test-helpers';
import { createTestWorker, useTestServer, waitFor } from '@reference/testing';

const taskQueue = 'import-catalog-test';
const server = useTestServer();

function createWorker(shutdownGraceTime: Duration = '1 second'): Promise<Worker> {
  return createTestWorker(server.env.nativeConnection, { taskQueue, shutdownGraceTime });
}

function startImport(input: ImportCatalogInput) {
  return server.env.client.workflow.start(ImportCatalogWorkflow, {
    taskQueue,
    workflowId: `import-${randomUUID()}`,
    args: [input],
  });
}

/** The import's last heartbeat as the server holds it (what a retry would resume from). */
async function serverCheckpoint(workflowId: string): Promise<number> {
  const { raw } = await server.env.client.workflow.getHandle(workflowId).describe();
  const pending = raw.pendingActivities?.find((a) => a.activityType?.name === 'importCatalogFile');
  const payload = pending?.heartbeatDetails?.payloads?.[0];
  if (!payload) return 0;
  return server.env.client.options.loadedDataConverter.payloadConverter.fromPayload<{ linesDone: number }>(payload)
    .linesDone;
}

test('polls until the feed is ready, imports valid records, rejects the rest and flags near-duplicates', async () => {
  const dir = scratchDir();
  const records = [
    ...products(5),
    { sku: 'BOLT-1', name: 'Steel Bolt M8 x 30', stock: 10, unitPriceCents: 12 },
    { sku: 'BOLT-2', name: 'steel bolt M8x30', stock: 4, unitPriceCents: 11 },
  ];
  const feedPath = writeFeed(dir, records, { ready: false, extraLines: ['not json', '{"sku":"NO-NAME"}'] });
  const storePath = path.join(dir, 'store.jsonl');
  const worker = await createWorker();
  const handle = await startImport({ feedPath, storePath, pollIntervalSeconds: 1 });
  const result = await worker.runUntil(async () => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    markReady(feedPath);
    return handle.result();
  });

  expect(result).toMatchObject({ imported: 7, rejected: 2, linesDone: 9, resumedFrom: 0, attempt: 1 });
  expect(result.duplicates).toEqual([
    { skus: ['BOLT-1', 'BOLT-2'], names: ['Steel Bolt M8 x 30', 'steel bolt M8x30'] },
  ]);
  expect(storeLog(storePath).map((r) => r.sku)).toEqual(records.map((r) => r.sku));
  // The feed was not ready at the first look: the poll was retried, one attempt per interval.
  const history = await handle.fetchHistory();
  const pollStarted = history.events?.find(
    (e) => e.activityTaskStartedEventAttributes && e.activityTaskStartedEventAttributes.attempt! > 1,
  );
  expect(pollStarted?.activityTaskStartedEventAttributes?.lastFailure?.applicationFailureInfo?.type).toBe(
    'FeedNotReady',
  );
});

test('a retried import resumes from its last heartbeat, not from the first line', async () => {
  const dir = scratchDir();
  const records = products(120);
  const feedPath = writeFeed(dir, records);
  const storePath = path.join(dir, 'store.jsonl');

  // The first worker goes away mid-import (a deploy): its in-flight attempt is cancelled after a short grace.
  const first = await createWorker('100 ms');
  const handle = await startImport({ feedPath, storePath, writesPerSecond: 40 });
  let checkpoint = 0;
  await first.runUntil(async () => {
    checkpoint = await waitFor(() => serverCheckpoint(handle.workflowId), 'the server holds a checkpoint past line 1', {
      holds: (line) => line > 1,
    });
  });
  const writtenByFirst = storeLog(storePath).length;
  expect(writtenByFirst).toBeLessThan(records.length);

  const second = await createWorker();
  const result = await second.runUntil(handle.result());

  expect(result.attempt).toBe(2);
  expect(result.resumedFrom).toBeGreaterThanOrEqual(checkpoint);
  expect(result).toMatchObject({ imported: 120, rejected: 0, linesDone: 120 });
  const log = storeLog(storePath);
  const secondAttempt = log.filter((r) => r.attempt === 2);
  expect(secondAttempt[0]?.line).toBe(result.resumedFrom + 1);
  expect(new Set(log.map((r) => r.sku))).toEqual(new Set(records.map((r) => r.sku)));
  // Only what the first attempt wrote after its last checkpoint is written twice.
  expect(log.length).toBe(records.length + (writtenByFirst - result.resumedFrom));
  // The shutdown failed the first attempt as a retryable WorkerShutdown, so the retry came at once.
  const history = await handle.fetchHistory();
  const retried = history.events?.find((e) => e.activityTaskStartedEventAttributes?.attempt === 2);
  expect(retried?.activityTaskStartedEventAttributes?.lastFailure?.applicationFailureInfo?.type).toBe('WorkerShutdown');
});

test('cancelling the workflow reaches the import through its heartbeats and stops it between records', async () => {
  const dir = scratchDir();
  const records = products(200);
  const feedPath = writeFeed(dir, records);
  const storePath = path.join(dir, 'store.jsonl');
  const worker = await createWorker();
  const handle = await startImport({ feedPath, storePath, writesPerSecond: 50 });

  await worker.runUntil(async () => {
    await waitFor(() => storeLog(storePath).length >= 10, 'ten records are stored');
    await handle.cancel();
    const err: unknown = await handle.result().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WorkflowFailedError);
    expect((err as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
  });

  const written = storeLog(storePath).length;
  expect(written).toBeLessThan(records.length);
  const history = await handle.fetchHistory();
  // WAIT_CANCELLATION_COMPLETED: the workflow ended only after the activity acknowledged the cancellation.
  expect(history.events?.some((e) => e.activityTaskCanceledEventAttributes)).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(storeLog(storePath).length).toBe(written);
});
