import type { WorkerOptions } from '@temporalio/worker';
import type { WorkerConfig } from './config';

export type Tuning = Pick<
  WorkerOptions,
  | 'tuner'
  | 'maxConcurrentActivityTaskExecutions'
  | 'maxConcurrentWorkflowTaskExecutions'
  | 'maxCachedWorkflows'
  | 'workflowTaskPollerBehavior'
  | 'activityTaskPollerBehavior'
  | 'shutdownGraceTime'
>;

/**
 * Slots, cache, pollers and shutdown grace from the configuration. The resource-based tuner replaces the fixed
 * slot counts (the SDK refuses both at once); pollers either a fixed maximum or autoscaled by the server's feedback.
 */
export function tuningFrom(config: WorkerConfig): Tuning {
  const pollers: WorkerOptions['workflowTaskPollerBehavior'] =
    config.WORKER_POLLERS === 'autoscaling'
      ? { type: 'autoscaling' }
      : { type: 'simple-maximum', maximum: config.WORKER_POLLERS };
  const slots: Tuning =
    config.WORKER_TUNER === 'resource-based'
      ? {
          tuner: {
            tunerOptions: { targetCpuUsage: config.WORKER_TARGET_CPU, targetMemoryUsage: config.WORKER_TARGET_MEMORY },
            activityTaskSlotOptions: { maximumSlots: config.WORKER_MAX_CONCURRENT_ACTIVITIES },
          },
        }
      : {
          maxConcurrentActivityTaskExecutions: config.WORKER_MAX_CONCURRENT_ACTIVITIES,
          maxConcurrentWorkflowTaskExecutions: config.WORKER_MAX_CONCURRENT_WORKFLOW_TASKS,
        };
  return {
    ...slots,
    ...(config.WORKER_MAX_CACHED_WORKFLOWS === undefined
      ? {}
      : { maxCachedWorkflows: config.WORKER_MAX_CACHED_WORKFLOWS }),
    workflowTaskPollerBehavior: pollers,
    activityTaskPollerBehavior: pollers,
    shutdownGraceTime: config.WORKER_SHUTDOWN_GRACE_SECONDS * 1000,
  };
}
