import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import type { Progress } from './progress';
import type { WorkerPool } from './worker-pool';
import { startParkedOrder } from './workloads';

export interface CachedMemory {
  parkedWorkflows: number;
  rssBeforeMb: number;
  rssAfterMb: number;
  rssPer1000WorkflowsMb: number;
}

/** Runs `task` over `items`, `concurrency` at a time, calling `onDone` with how many have finished. */
async function forEachLimited<T>(
  items: T[],
  concurrency: number,
  task: (item: T) => Promise<void>,
  onDone: (n: number) => void,
) {
  let next = 0;
  let done = 0;
  const lane = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
      onDone(++done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
}

// Started, task scheduled, task started, task completed: the worker has run the order and keeps it in its cache.
const FIRST_TASK_COMPLETED = 4;

/**
 * Waits until the order's first workflow task has completed, by asking the server. Not a query: a query would run
 * workflow code and allocate in the very isolate being measured, whose garbage the main thread's gc() cannot reach.
 */
async function untilCached(client: Client, workflowId: string): Promise<void> {
  while ((await client.workflow.getHandle(workflowId).describe()).historyLength < FIRST_TASK_COMPLETED) {
    await sleep(100);
  }
}

/**
 * Resident memory of the pool's worker per 1,000 workflows in its cache: orders parked on their approval signal, each
 * waited for until its first workflow task completed. A tenth are parked first as a warm-up (the first workflows also
 * load the bundle into the isolate); the main thread's garbage is collected before both readings. Give it a fresh
 * worker, and one whose cache holds `count` (the default does).
 */
export async function measureCachedMemory(
  pool: WorkerPool,
  client: Client,
  count: number,
  progress: Progress,
): Promise<CachedMemory> {
  const prefix = `bench-parked-${Date.now()}`;
  const park = async (ids: string[], onDone: (n: number) => void) => {
    await forEachLimited(ids, 50, (id) => startParkedOrder(client, id), onDone);
    await forEachLimited(
      ids,
      50,
      (id) => untilCached(client, id),
      () => undefined,
    );
  };
  const warmUp = Math.max(10, Math.round(count / 10));
  progress.start(`cache · ${count} orders parked on a signal`, warmUp + count, 'orders');
  await park(
    Array.from({ length: warmUp }, (_, i) => `${prefix}-warm-up-${i}`),
    (n) => progress.update(n),
  );
  await pool.collectGarbage();
  const before = await pool.usage();
  await park(
    Array.from({ length: count }, (_, i) => `${prefix}-${i}`),
    (n) => progress.update(warmUp + n),
  );
  progress.stop();
  await pool.collectGarbage();
  const after = await pool.usage();
  const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
  return {
    parkedWorkflows: count,
    rssBeforeMb: mb(before.rssBytes),
    rssAfterMb: mb(after.rssBytes),
    rssPer1000WorkflowsMb: mb(((after.rssBytes - before.rssBytes) / count) * 1000),
  };
}
