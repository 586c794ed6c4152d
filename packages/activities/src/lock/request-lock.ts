import { activityInfo, getClient } from '@temporalio/activity';
import { lockWorkflowId, type RequestLockInput } from '@reference/models';

/**
 * Asks the resource's lock for its lease: signal-with-start, so the first request creates the lock workflow and
 * later ones join its queue. An activity, because a workflow can signal another workflow but not start one with a
 * signal. By wire names: the activities do not import workflow code.
 */
export async function requestLock({ resourceId, requesterWorkflowId, leaseMs }: RequestLockInput): Promise<void> {
  await getClient().workflow.signalWithStart('LockWorkflow', {
    workflowId: lockWorkflowId(resourceId),
    taskQueue: activityInfo().taskQueue,
    args: [{ resourceId }],
    signal: 'acquireLock',
    signalArgs: [{ requesterWorkflowId, leaseMs }],
  });
}
