import { measureCachedMemory } from './cached-memory';
import { measureColdStart } from './cold-start';
import { measureFanOut } from './fan-out-phase';
import { describeMachine, finish } from './machine';
import { measureConfig, type RunRecord } from './measure-config';
import { measurePeers } from './peers/peers-phase';
import { openLoopRate, type Plan } from './plan';
import { Progress } from './progress';
import { type BenchmarkReport, fastestConfig } from './report';
import { type BenchServer, openServer } from './server';
import type { LoadSpec } from './types';
import { WorkerPool } from './worker-pool';

type ProjectPhases = Pick<BenchmarkReport, 'runs' | 'fastest' | 'coldStarts' | 'fanOut' | 'cachedMemory'>;

/**
 * The project's worker on its own: the greeting under every worker configuration (closed loop), then greeting and
 * order under the defaults in closed and open loop, a 1,000-activity fan-out, memory per cached workflow on a fresh
 * worker, and worker cold starts.
 */
async function measureProjectWorker(
  plan: Plan,
  rates: { greeting?: number; order?: number },
  server: BenchServer,
  progress: Progress,
): Promise<ProjectPhases> {
  const runs: RunRecord[] = [];
  const extras: Pick<BenchmarkReport, 'fanOut' | 'cachedMemory'> = { fanOut: undefined, cachedMemory: undefined };
  const open = (spec: LoadSpec, ratePerSecond: number): LoadSpec => ({ ...spec, mode: 'open', ratePerSecond });
  for (const [index, config] of plan.configs.entries()) {
    const pool = await WorkerPool.start(server.workerEnv, config.tuning, config.processes);
    try {
      const measure = (spec: LoadSpec) => measureConfig(pool, server.client, config, spec, progress);
      const greeting = await measure(plan.greeting);
      runs.push(greeting);
      // The first configuration is the project's defaults: everything else is measured on its worker too.
      if (index > 0) continue;
      runs.push(await measure(open(plan.greeting, openLoopRate(rates.greeting, greeting.workflowsPerSecond))));
      const order = await measure(plan.order);
      runs.push(order, await measure(open(plan.order, openLoopRate(rates.order, order.workflowsPerSecond))));
      extras.fanOut = await measureFanOut(server.client, plan.fanOutActivities, progress);
    } finally {
      await pool.stop();
    }
  }
  // A fresh default worker, so the figure does not depend on what the load above left in the worker's heaps.
  const parking = await WorkerPool.start(server.workerEnv, {});
  try {
    extras.cachedMemory = await measureCachedMemory(parking, server.client, plan.parkedWorkflows, progress);
  } finally {
    await parking.stop();
  }
  const coldStarts = [await measureColdStart(server.workerEnv, 'prebuilt bundle', plan.coldStartRuns.bundle, progress)];
  if (plan.coldStartRuns.workflowsPath > 0) {
    coldStarts.push(
      await measureColdStart(server.workerEnv, 'workflowsPath', plan.coldStartRuns.workflowsPath, progress),
    );
  }
  return { runs, fastest: fastestConfig(runs), coldStarts, ...extras };
}

const noProjectPhases: ProjectPhases = {
  runs: [],
  fastest: undefined,
  coldStarts: [],
  fanOut: undefined,
  cachedMemory: undefined,
};

/** The whole benchmark, or with `peersOnly` the peers phase alone: the project's worker beside the floor and Python. */
export async function runBenchmark(
  plan: Plan,
  rates: { greeting?: number; order?: number },
  { peersOnly }: { peersOnly: boolean },
): Promise<BenchmarkReport> {
  const startedAt = new Date().toISOString();
  const server = await openServer();
  const machine = describeMachine(server.description);
  const progress = new Progress();
  try {
    const project = peersOnly ? noProjectPhases : await measureProjectWorker(plan, rates, server, progress);
    const peers = await measurePeers(plan.peers, server, progress);
    return {
      mode: plan.mode,
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: finish(machine),
      ...project,
      peers,
    };
  } finally {
    progress.stop();
    await server.close();
  }
}
