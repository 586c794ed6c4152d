import { quickConfigs, workerConfigs, type WorkerConfig } from './configs';
import type { LoadSpec } from './types';

/** How much of everything a run does: `--quick` is a smoke test of seconds, the full run takes minutes. */
export interface Plan {
  mode: 'quick' | 'full';
  configs: WorkerConfig[];
  greeting: LoadSpec;
  order: LoadSpec;
  coldStartRuns: { bundle: number; workflowsPath: number };
  parkedWorkflows: number;
  fanOutActivities: number;
  /** The peers phase: rounds of every peer in turn, each a closed loop and then one workflow in flight. */
  peers: { rounds: number; atConcurrency: LoadSpec; atOne: LoadSpec };
}

const spec = (workload: LoadSpec['workload'], concurrency: number, warmupMs: number, measureMs: number): LoadSpec => ({
  workload,
  mode: 'closed',
  concurrency,
  ratePerSecond: 0,
  warmupMs,
  measureMs,
  eagerStart: false,
});

export function makePlan(quick: boolean): Plan {
  if (quick) {
    return {
      mode: 'quick',
      configs: quickConfigs,
      greeting: spec('greeting', 10, 1_000, 3_000),
      order: spec('order', 5, 1_000, 3_000),
      coldStartRuns: { bundle: 1, workflowsPath: 0 },
      parkedWorkflows: 50,
      fanOutActivities: 50,
      peers: {
        rounds: 1,
        atConcurrency: spec('wire-greeting', 10, 1_000, 3_000),
        atOne: spec('wire-greeting', 1, 500, 2_000),
      },
    };
  }
  return {
    mode: 'full',
    configs: workerConfigs,
    greeting: spec('greeting', 50, 5_000, 15_000),
    order: spec('order', 20, 5_000, 15_000),
    coldStartRuns: { bundle: 3, workflowsPath: 2 },
    parkedWorkflows: 1_000,
    fanOutActivities: 1_000,
    peers: {
      rounds: 2,
      atConcurrency: spec('wire-greeting', 50, 5_000, 15_000),
      atOne: spec('wire-greeting', 1, 2_000, 10_000),
    },
  };
}

/** The scale-out phase (`--cluster`): each workload in closed loop on 1, 2 and 4 worker processes, per server. */
export interface ScalePlan {
  mode: Plan['mode'];
  workerProcesses: number[];
  workloads: LoadSpec[];
}

export function makeScalePlan(quick: boolean): ScalePlan {
  if (quick) {
    return {
      mode: 'quick',
      workerProcesses: [1],
      workloads: [spec('greeting', 10, 500, 2_000), spec('order', 5, 500, 2_000)],
    };
  }
  return {
    mode: 'full',
    workerProcesses: [1, 2, 4],
    // The same loads as the rest of the benchmark, so a row here can be set beside its dev-server row there.
    workloads: [spec('greeting', 50, 5_000, 15_000), spec('order', 20, 5_000, 15_000)],
  };
}

/** The open-loop rate for a workload: what the user asked for, else 70% of what the closed loop reached. */
export function openLoopRate(requested: number | undefined, closedLoopThroughput: number): number {
  return requested ?? Math.max(1, Math.round(closedLoopThroughput * 0.7));
}
