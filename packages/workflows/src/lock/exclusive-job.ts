import {
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
 * Workflow type on the wire: ExclusiveJobWorkflow.
 */
export async function ExclusiveJobWorkflow(input: ExclusiveJobInput): Promise<ExclusiveJobResult> {
  const { resourceId, workMs, leaseMs } = checkWorkflowInput('ExclusiveJobWorkflow', input);
  let grant: LockGrant | undefined;
  setHandler(lockGrantedSignal, (granted) => {
    const problem = signalInputProblem('lockGranted', granted);
    if (problem) return log.warn(`ignored lockGranted: ${problem}`);
    grant ??= granted;
  });

  await requestLock({ resourceId, requesterWorkflowId: workflowInfo().workflowId, leaseMs });
  await condition(() => grant !== undefined);
  const { leaseToken, lockWorkflowId } = grant!;
  const acquiredAt = new Date();
  // The work may not outlast the lease: past it, another holder may already be using the resource.
  const { useSharedResource } = proxyActivities<typeof activities>({
    startToCloseTimeout: leaseMs,
    heartbeatTimeout: '2 seconds',
    retry: { maximumAttempts: 1 },
  });
  let releasedAt: Date;
  try {
    await useSharedResource({ resourceId, holder: workflowInfo().workflowId, workMs });
  } finally {
    releasedAt = new Date();
    await getExternalWorkflowHandle(lockWorkflowId).signal(releaseLockSignal, { leaseToken });
  }
  return { resourceId, acquiredAt, releasedAt };
}
