import type { WorkflowClient } from '@temporalio/client';
import Long from 'long';
import type { ActivityFaults } from './activity-faults';

/** How soon a dead worker's activity attempt times out, instead of after the workflow's own start-to-close timeout. */
const DEAD_ATTEMPT_TIMEOUT = { seconds: Long.fromNumber(1) };

/** One attempt of an activity, as the server knows it. */
export interface ActivityAttempt {
  namespace: string;
  workflowId: string;
  runId: string;
  activityId: string;
  attempt: number;
}

/**
 * The server learns that a worker died with an activity attempt only from the attempt's timeout, which may be
 * minutes: times the attempt out within a second instead (through the server's activity options API), then gives
 * the retry, once it runs, the workflow's own options back.
 */
export async function timeOutDeadAttempt(
  client: WorkflowClient,
  faults: ActivityFaults,
  attempt: ActivityAttempt,
): Promise<void> {
  const { workflowService } = client.connection;
  const activity = {
    namespace: attempt.namespace,
    execution: { workflowId: attempt.workflowId, runId: attempt.runId },
    id: attempt.activityId,
  };
  const retried = faults.nextAttempt(attempt);
  await workflowService.updateActivityOptions({
    ...activity,
    activityOptions: { startToCloseTimeout: DEAD_ATTEMPT_TIMEOUT },
    updateMask: { paths: ['start_to_close_timeout'] },
  });
  await retried;
  await workflowService.updateActivityOptions({ ...activity, restoreOriginal: true });
}
