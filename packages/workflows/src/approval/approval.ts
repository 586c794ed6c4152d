import { ActivityFailure, ApplicationFailure, proxyActivities, TimeoutFailure } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import type { ApprovalInput, ApprovalOutcome } from '@reference/models';
import { APPROVAL_REJECTED, checkData, checkWorkflowInput } from '@reference/models/wire';

const ONE_DAY_SECONDS = 86_400;

/**
 * Asks for an approval and acts on the decision. requestApproval hands its task token to the approvals inbox and
 * completes asynchronously: an approver's `complete` is the grant, `fail` with ApprovalRejected a rejection, and a
 * window that closes without a decision is an expiry. Workflow type on the wire: ApprovalWorkflow.
 */
export async function ApprovalWorkflow(input: ApprovalInput): Promise<ApprovalOutcome> {
  const {
    decideWithinSeconds = ONE_DAY_SECONDS,
    heartbeatTimeoutSeconds,
    ...request
  } = checkWorkflowInput('ApprovalWorkflow', input);
  const { requestApproval } = proxyActivities<typeof activities>({
    // The whole wait, every attempt included: nobody deciding by then is an answer too.
    scheduleToCloseTimeout: decideWithinSeconds * 1_000,
    // Only when asked for: a silent token holder is then presumed gone, and the retry asks again with a new token.
    ...(heartbeatTimeoutSeconds ? { heartbeatTimeout: heartbeatTimeoutSeconds * 1_000 } : {}),
    retry: { nonRetryableErrorTypes: [APPROVAL_REJECTED] },
  });
  try {
    // The grant comes from whichever client completed the activity: checked like any other input.
    const grant = checkData('ApprovalGrant', await requestApproval(request));
    return { status: 'approved', ...grant };
  } catch (err) {
    const cause = err instanceof ActivityFailure ? err.cause : undefined;
    if (cause instanceof ApplicationFailure && cause.type === APPROVAL_REJECTED) {
      return { status: 'rejected', ...checkData('ApprovalRejection', cause.details?.[0]) };
    }
    if (cause instanceof TimeoutFailure) return { status: 'expired', decideWithinSeconds };
    throw err;
  }
}
