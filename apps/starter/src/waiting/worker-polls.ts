import type { WorkflowClient } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

/** A worker's long poll lasts up to a minute: one seen within this long is still there. */
const RECENT_S = 70;

/**
 * Whether a worker has polled `taskQueue` for workflow tasks lately. A task left untaken for a while is not enough to
 * say there is none: a worker busy with a thousand activities takes its workflow tasks late, but keeps polling.
 */
export async function workerPolls(client: WorkflowClient, taskQueue: string): Promise<boolean> {
  const { pollers } = await client.workflowService.describeTaskQueue({
    namespace: client.options.namespace,
    taskQueue: { name: taskQueue },
    taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
  });
  const now = Date.now() / 1000;
  return (pollers ?? []).some(({ lastAccessTime }) => now - Number(lastAccessTime?.seconds ?? 0) < RECENT_S);
}
