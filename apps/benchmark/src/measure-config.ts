import { performance } from 'node:perf_hooks';
import type { Client } from '@temporalio/client';
import type { WorkerConfig } from './configs';
import { runLoad } from './load';
import type { Progress } from './progress';
import type { LoadResult, LoadSpec } from './types';
import type { WorkerPool } from './worker-pool';

/** One row of the report: a workload under a load against one worker configuration. */
export interface RunRecord extends LoadResult {
  config: string;
  workload: LoadSpec['workload'];
  load: string;
  /** Worker CPU time (user + system, all its processes) per workflow completed in the run. */
  workerCpuMsPerWorkflow: number;
  /** Resident memory of the worker processes at the end of the run, summed. */
  workerRssMb: number;
  clientInWorker: boolean;
}

export function describeLoad(spec: LoadSpec): string {
  return spec.mode === 'closed' ? `closed loop, ${spec.concurrency} in flight` : `open loop, ${spec.ratePerSecond}/s`;
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
  const totalSeconds = Math.round((spec.warmupMs + spec.measureMs) / 1000);
  progress.start(`${spec.workload} · ${config.name} · ${describeLoad(spec)}`, totalSeconds, 's');
  const startedAt = performance.now();
  let completed = 0;
  const ticker = setInterval(() => {
    const elapsed = Math.min(totalSeconds, Math.round((performance.now() - startedAt) / 1000));
    progress.update(elapsed, `${completed} workflows`);
  }, 250);
  const before = await pool.usage();
  const onProgress = (n: number) => (completed = n);
  const result = await (config.clientInWorker ? pool.drive(load, onProgress) : runLoad(client, load, onProgress));
  const after = await pool.usage();
  clearInterval(ticker);
  progress.update(totalSeconds, `${completed} workflows`);
  progress.stop();
  return {
    config: config.name,
    workload: spec.workload,
    load: describeLoad(spec),
    ...result,
    workerCpuMsPerWorkflow: round((after.cpuMs - before.cpuMs) / Math.max(1, result.totalCompleted)),
    workerRssMb: round(after.rssBytes / 2 ** 20),
    clientInWorker: config.clientInWorker,
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
