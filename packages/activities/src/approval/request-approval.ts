import { ApplicationFailure, CompleteAsyncError, Context } from '@temporalio/activity';
import { ApprovalsStore } from '@reference/approvals-store';
import type { ApprovalGrant, ApprovalRequest } from '@reference/models';

/**
 * Puts the request in the approvals inbox (APPROVALS_DB) with this attempt's task token, then leaves the activity
 * open: it completes when an approver calls `client.activity.complete` (the grant is its result) or `fail` (an
 * ApprovalRejected failure), by the token or by workflow id + activity id (`starter approval ...`).
 */
export async function requestApproval(request: ApprovalRequest): Promise<ApprovalGrant> {
  const { info, log } = Context.current();
  if (!info.workflowExecution) {
    throw ApplicationFailure.nonRetryable('requestApproval runs inside a workflow', 'NotInWorkflow');
  }
  const store = new ApprovalsStore();
  try {
    store.add({
      ...request,
      workflowId: info.workflowExecution.workflowId,
      runId: info.workflowExecution.runId,
      activityId: info.activityId,
      taskToken: Buffer.from(info.taskToken).toString('base64'),
      attempt: info.attempt,
      requestedAt: new Date(),
    });
  } finally {
    store.close();
  }
  log.info('Approval requested', { subject: request.subject, store: store.file });
  // The worker sends no result for this attempt; the server waits for the approver (or a timeout).
  throw new CompleteAsyncError();
}
