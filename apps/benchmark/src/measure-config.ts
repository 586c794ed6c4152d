import { performance } from 'node:perf_hooks';
import type { Client } from '@temporalio/client';
import type { WorkerConfig } from './configs';
import { runLoad } from './load';
import type { Progress } from './progress';
import type { LoadResult, LoadSpec } from './types';
import type { PoolUsage, WorkerPool } from './worker-pool';

/** What a load cost the worker processes that served it. */
export interface WorkerCost {
  /** Worker CPU time (user + system, all its processes) per workflow completed in the run. */
  workerCpuMsPerWorkflow: number;
  /** Resident memory of the worker processes at the end of the run, summed. */
  workerRssMb: number;
}

/** One row of the report: a workload under a load against one worker configuration. */
export interface RunRecord extends LoadResult, WorkerCost {
  config: string;
  workload: LoadSpec['workload'];
  load: string;
  clientInWorker: boolean;
}

export function describeLoad(spec: LoadSpec): string {
  return spec.mode === 'closed' ? `closed loop, ${spec.concurrency} in flight` : `open loop, ${spec.ratePerSecond}/s`;
}

/** Runs a load (`drive`, which reports completions as they come) with a progress bar named `phase`. */
export async function withProgress(
  phase: string,
  spec: LoadSpec,
  progress: Progress,
  drive: (onProgress: (completed: number) => void) => Promise<LoadResult>,
): Promise<LoadResult> {
  const totalSeconds = Math.round((spec.warmupMs + spec.measureMs) / 1000);
  progress.start(phase, totalSeconds, 's');
  const startedAt = performance.now();
  let completed = 0;
  const ticker = setInterval(() => {
    const elapsed = Math.min(totalSeconds, Math.round((performance.now() - startedAt) / 1000));
    progress.update(elapsed, `${completed} workflows`);
  }, 250);
  try {
    return await drive((n) => (completed = n));
  } finally {
    clearInterval(ticker);
    progress.update(totalSeconds, `${completed} workflows`);
    progress.stop();
  }
}

/** Runs a load as `withProgress` does, and reads the CPU time and memory of the `workers` that serve it. */
export async function measureWorkerCost(
  workers: { usage(): Promise<PoolUsage> },
  phase: string,
  spec: LoadSpec,
  progress: Progress,
  drive: (onProgress: (completed: number) => void) => Promise<LoadResult>,
): Promise<LoadResult & WorkerCost> {
  const before = await workers.usage();
  const result = await withProgress(phase, spec, progress, drive);
  const after = await workers.usage();
  return {
    ...result,
    workerCpuMsPerWorkflow: round((after.cpuMs - before.cpuMs) / Math.max(1, result.totalCompleted)),
    workerRssMb: round(after.rssBytes / 2 ** 20),
  };
}

/** Runs `spec` against the worker processes of `config` and reads their CPU time and memory. */
export async function measureConfig(
  pool: WorkerPool,
  client: Client,
  config: WorkerConfig,
  spec: LoadSpec,
  progress: Progress,
): Promise<RunRecord> {
  const load = { ...spec, eagerStart: config.eagerStart };
  const phase = `${spec.workload} · ${config.name} · ${describeLoad(spec)}`;
  const result = await measureWorkerCost(pool, phase, spec, progress, (onProgress) =>
    config.clientInWorker ? pool.drive(load, onProgress) : runLoad(client, load, onProgress),
  );
  return {
    config: config.name,
    workload: spec.workload,
    load: describeLoad(spec),
    ...result,
    clientInWorker: config.clientInWorker,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
