import type { WorkerTuning } from './types';

/** One worker configuration to compare: tuning on top of the project's defaults, how many processes, eager start. */
export interface WorkerConfig {
  name: string;
  tuning: WorkerTuning;
  processes: number;
  /** Drive the load from inside the worker process (needed for eager start); the client's CPU then counts too. */
  clientInWorker: boolean;
  eagerStart: boolean;
}

const config = (name: string, overrides: Partial<Omit<WorkerConfig, 'name'>> = {}): WorkerConfig => ({
  name,
  tuning: {},
  processes: 1,
  clientInWorker: false,
  eagerStart: false,
  ...overrides,
});

const pollers = (behavior: NonNullable<WorkerTuning['workflowTaskPollerBehavior']>): WorkerTuning => ({
  workflowTaskPollerBehavior: behavior,
  activityTaskPollerBehavior: behavior,
});

/** Every configuration the full run compares, on the same server, workload and load. */
export const workerConfigs: WorkerConfig[] = [
  config('defaults'),
  config('slots 10/20', {
    tuning: { maxConcurrentWorkflowTaskExecutions: 10, maxConcurrentActivityTaskExecutions: 20 },
  }),
  config('slots 200/200', {
    tuning: { maxConcurrentWorkflowTaskExecutions: 200, maxConcurrentActivityTaskExecutions: 200 },
  }),
  config('cache 0 (no sticky)', { tuning: { maxCachedWorkflows: 0 } }),
  config('pollers 2', { tuning: pollers({ type: 'simple-maximum', maximum: 2 }) }),
  config('pollers 10 (the SDK default)', { tuning: pollers({ type: 'simple-maximum', maximum: 10 }) }),
  config('pollers 20', { tuning: pollers({ type: 'simple-maximum', maximum: 20 }) }),
  config('eager activities off', { tuning: { maxEagerActivityReservationsPerWorkflowTask: 0 } }),
  config('2 processes', { processes: 2 }),
  config('client in worker', { clientInWorker: true }),
  config('client in worker + eager start', { clientInWorker: true, eagerStart: true }),
];

/** The quick smoke run compares two. */
export const quickConfigs: WorkerConfig[] = [config('defaults'), config('2 processes', { processes: 2 })];
