import {
  ActivityCancellationType,
  ApplicationFailure,
  CancellationScope,
  condition,
  getExternalWorkflowHandle,
  log,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import type { ExclusiveJobInput, ExclusiveJobResult, LockGrant } from '@reference/models';
import { checkWorkflowInput, signalInputProblem } from '@reference/models/wire';
import { lockGrantedSignal, releaseLockSignal } from './definitions';

const { requestLock } = proxyActivities<typeof activities>({ startToCloseTimeout: '10 seconds' });

/**
 * A job that needs a shared resource to itself: asks the resource's lock, waits for its lease, works, releases.
 * Whatever ends it (its work done or failed, a cancellation while it works or waits), a lease it was granted goes
 * back to the lock at once. Workflow type on the wire: ExclusiveJobWorkflow.
 */
export async function ExclusiveJobWorkflow(input: ExclusiveJobInput): Promise<ExclusiveJobResult> {
  const { resourceId, workMs, leaseMs } = checkWorkflowInput('ExclusiveJobWorkflow', input);
  const holder = workflowInfo().workflowId;
  let grant: (LockGrant & { receivedAt: number }) | undefined;
  setHandler(lockGrantedSignal, (granted) => {
    const problem = signalInputProblem('lockGranted', granted);
    if (problem) return log.warn(`ignored lockGranted: ${problem}`);
    grant ??= { ...granted, receivedAt: Date.now() };
  });

  try {
    await requestLock({ resourceId, requesterWorkflowId: holder, leaseMs });
    await condition(() => grant !== undefined);
    const { receivedAt } = grant!;
    // The work may not outlast the lease, which runs from the grant: past it, another holder may be using the
    // resource. A retried requestLock can eat into it before the work starts.
    const leaseLeftMs = receivedAt + leaseMs - Date.now();
    if (leaseLeftMs <= workMs) {
      throw ApplicationFailure.nonRetryable(
        `the lease on ${resourceId} ran out before the work could start`,
        'LeaseExpired',
      );
    }
    const { useSharedResource } = proxyActivities<typeof activities>({
      scheduleToCloseTimeout: leaseLeftMs,
      heartbeatTimeout: '2 seconds',
      retry: { maximumAttempts: 1 },
      // A cancelled job releases only once its work has really stopped, so no two holders overlap.
      cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
    });
    await useSharedResource({ resourceId, holder, workMs });
    return { resourceId, acquiredAt: new Date(receivedAt), releasedAt: new Date() };
  } finally {
    // Shielded from cancellation, and reached by a job cancelled while it waits too: a grant that arrived is
    // given back.
    const release = grant && { leaseToken: grant.leaseToken };
    if (release) {
      await CancellationScope.nonCancellable(() =>
        getExternalWorkflowHandle(grant!.lockWorkflowId).signal(releaseLockSignal, release),
      );
    }
  }
}
