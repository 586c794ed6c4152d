import type { WorkerOptions } from '@temporalio/worker';

/** Worker options a configuration overrides on top of the project's `workerOptions` (apps/worker). */
export type WorkerTuning = Pick<
  WorkerOptions,
  | 'maxConcurrentWorkflowTaskExecutions'
  | 'maxConcurrentActivityTaskExecutions'
  | 'maxCachedWorkflows'
  | 'workflowTaskPollerBehavior'
  | 'activityTaskPollerBehavior'
  | 'maxEagerActivityReservationsPerWorkflowTask'
>;

/** `wire-greeting`: the greeting started by its wire name alone, as a client that has none of the project's code would. */
export type WorkloadName = 'greeting' | 'wire-greeting' | 'order';

/** One load run: closed loop keeps `concurrency` workflows in flight; open loop starts `ratePerSecond`. */
export interface LoadSpec {
  workload: WorkloadName;
  mode: 'closed' | 'open';
  concurrency: number;
  ratePerSecond: number;
  warmupMs: number;
  measureMs: number;
  /** Eager workflow start: only takes effect when the client shares the worker's connection (same process). */
  eagerStart: boolean;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/** What a load run measured over its window, client side. */
export interface LoadResult {
  /** Completed inside the measured window. */
  completed: number;
  /** Completed over the whole run, warm-up included: what the worker's CPU time is divided by. */
  totalCompleted: number;
  failed: number;
  /** Why they failed: each error's message, counted. */
  failureReasons: Record<string, number>;
  workflowsPerSecond: number;
  latencyMs: Percentiles;
}

/** Messages between the benchmark and a worker process it drives (eager start needs the client in there). */
export type ToWorker = { type: 'drive'; spec: LoadSpec } | { type: 'gc' };
export type FromWorker =
  | { type: 'progress'; completed: number }
  | { type: 'done'; result: LoadResult }
  | { type: 'failed'; message: string }
  | { type: 'gc-done'; heapUsedBytes: number };
