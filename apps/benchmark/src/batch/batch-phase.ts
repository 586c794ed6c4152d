import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { BatchStore } from '@reference/batch-store';
import { batchHistoryBound, writeSampleBatchSource } from '@reference/models';
import { BatchWorkflow, batchProgressQuery, TASK_QUEUE } from '@reference/workflows';
import { describeMachine, finish, type MachineInfo } from '../machine';
import { Progress } from '../progress';
import { openServer } from '../server';
import { WorkerPool } from '../worker-pool';
import type { BatchBenchConfig } from './batch-plan';

const SAMPLE_EVERY_MS = 250;
const MB = 2 ** 20;

export interface BatchBenchRun extends BatchBenchConfig {
  /** The bound the runs kept to (the default when the config sets none). */
  bound: number;
  /** Client start to result. */
  wallMs: number;
  recordsPerSecond: number;
  runs: number;
  /** Events of the longest run's history. */
  longestHistory: number;
  /** Every record's row in the store once, and nothing else. */
  exactlyOnce: boolean;
  workerCpuMs: number;
  /** The worker's RSS before the batch (garbage collected), its peak during it, and at the end. */
  rssMb: { before: number; peak: number; end: number };
  /** The JS heap the worker's main thread still used after the batch, once garbage collected. */
  liveHeapAfterMb: number;
  /** The worker's RSS and the records done, every quarter of a second (or as long as a query takes, if longer). */
  samples: Array<{ seconds: number; rssMb: number; done: number }>;
  /** The machine's load average (1, 5, 15 min) when the batch ended: other sessions share its two cores. */
  loadAverage: number[];
}

export interface BatchBenchReport {
  mode: 'quick' | 'full';
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  runs: BatchBenchRun[];
}

/**
 * Events in each run's history, from visibility: every run of a workflow id is an execution of its own there. It is
 * eventually consistent, so this waits until all `runs` are listed as closed.
 */
async function historyLengths(client: Client, workflowId: string, runs: number): Promise<number[]> {
  for (;;) {
    const lengths: number[] = [];
    for await (const run of client.workflow.list({ query: `WorkflowId = '${workflowId}'` })) {
      if (run.closeTime) lengths.push(run.historyLength);
    }
    if (lengths.length >= runs) return lengths;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One batch on `pool`'s worker: its wall time, its runs and histories, the store's rows, the worker's RSS. */
async function measureBatch(
  client: Client,
  pool: WorkerPool,
  config: BatchBenchConfig,
  progress: Progress,
): Promise<BatchBenchRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-batch-'));
  try {
    const sourcePath = path.join(dir, 'records.jsonl');
    const storePath = path.join(dir, 'batch.sqlite');
    await writeSampleBatchSource(sourcePath, config.records);
    const { window, pageSize, maxHistoryEvents } = config;
    await pool.collectGarbage();
    const before = await pool.usage();
    progress.start(config.label, config.records, 'records');
    const startedAt = performance.now();
    const handle = await client.workflow.start(BatchWorkflow, {
      taskQueue: TASK_QUEUE,
      workflowId: `bench-batch-${config.records}-${pageSize}-${Date.now()}`,
      args: [{ sourcePath, storePath, window, pageSize, maxHistoryEvents }],
    });
    const samples: BatchBenchRun['samples'] = [{ seconds: 0, rssMb: Math.round(before.rssBytes / MB), done: 0 }];
    let done = 0;
    const sample = async () => {
      const progressNow = await handle.query(batchProgressQuery).catch(() => undefined);
      if (progressNow) done = progressNow.processed + progressNow.failed;
      const { rssBytes } = await pool.usage();
      const seconds = Math.round((performance.now() - startedAt) / 100) / 10;
      samples.push({ seconds, rssMb: Math.round(rssBytes / MB), done });
      progress.update(done, `run ${progressNow?.runs ?? 1}`);
    };
    let finished = false;
    // One sample at a time: a query waits behind the workflow's tasks, and a busy worker must not pile them up.
    const sampling = (async () => {
      while (!finished) {
        await sleep(SAMPLE_EVERY_MS);
        if (!finished) await sample();
      }
    })();
    const result = await handle.result().finally(() => (finished = true));
    const wallMs = Math.round(performance.now() - startedAt);
    await sampling;
    await sample();
    progress.stop();
    const after = await pool.usage();
    const liveHeapAfter = await pool.collectGarbage();
    const lengths = await historyLengths(client, handle.workflowId, result.runs);
    const store = BatchStore.at(storePath);
    const rows = store.records(handle.workflowId);
    store.close();
    return {
      ...config,
      bound: batchHistoryBound(window, maxHistoryEvents),
      wallMs,
      recordsPerSecond: Math.round((config.records * 1000) / wallMs),
      runs: result.runs,
      longestHistory: Math.max(...lengths),
      exactlyOnce:
        result.processed === config.records &&
        rows.length === config.records &&
        new Set(rows.map((row) => row.sku)).size === config.records,
      workerCpuMs: Math.round(after.cpuMs - before.cpuMs),
      rssMb: {
        before: Math.round(before.rssBytes / MB),
        peak: Math.max(...samples.map((s) => s.rssMb)),
        end: Math.round(after.rssBytes / MB),
      },
      liveHeapAfterMb: Math.round(liveHeapAfter / MB),
      samples,
      loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `pnpm bench --batch`: the batches of the plan one after the other, each on the worker process of the one before
 * it, or on a fresh one when it says so.
 */
export async function runBatchBench(
  plan: BatchBenchConfig[],
  mode: BatchBenchReport['mode'],
): Promise<BatchBenchReport> {
  const startedAt = new Date().toISOString();
  const server = await openServer();
  const machine = describeMachine(server.description);
  const progress = new Progress();
  try {
    const runs: BatchBenchRun[] = [];
    let pool: WorkerPool | undefined;
    try {
      for (const config of plan) {
        if (!pool || config.ownWorker) {
          await pool?.stop();
          pool = await WorkerPool.start(server.workerEnv, {});
        }
        runs.push(await measureBatch(server.client, pool, config, progress));
      }
    } finally {
      await pool?.stop();
    }
    return { mode, startedAt, finishedAt: new Date().toISOString(), machine: finish(machine), runs };
  } finally {
    progress.stop();
    await server.close();
  }
}
