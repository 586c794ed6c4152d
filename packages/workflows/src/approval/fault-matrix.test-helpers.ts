import { ApprovalsStore } from '@reference/approvals-store';
import type { FaultMatrixTable, ScenarioContext } from '@reference/testing';
import { ApprovalWorkflow } from '..';

/** The inbox's task token of the workflow's request, once there (APPROVALS_DB, shared with the worker). */
function tokenInInbox(workflowId: string): Buffer | undefined {
  const store = new ApprovalsStore();
  try {
    const entry = store.byActivity({ workflowId, activityId: '1' });
    return entry?.status === 'pending' ? Buffer.from(entry.taskToken, 'base64') : undefined;
  } finally {
    store.close();
  }
}

/** An approval asked for, then granted by an approver with the task token the inbox shows (the latest attempt's). */
async function requestAndGrant(context: ScenarioContext): Promise<void> {
  const workflowId = context.id('approval');
  const args: [{ subject: string; requestedBy: string; decideWithinSeconds: number }] = [
    { subject: 'Refund order-1', requestedBy: 'ada', decideWithinSeconds: 600 },
  ];
  context.track(
    await context.client().workflow.start(ApprovalWorkflow, { taskQueue: context.taskQueue, workflowId, args }),
  );
  await context.until(async () => {
    const token = tokenInInbox(workflowId);
    // A token from an attempt that has since failed is refused: the approver looks again.
    return (
      !!token &&
      (await context
        .client()
        .activity.complete(token, { approvedBy: 'bo' })
        .then(
          () => true,
          () => false,
        ))
    );
  });
}

// The inbox keeps one row per request, whatever the attempts: what must hold is what holds for every workflow.
export const faultMatrix: FaultMatrixTable = {
  ApprovalWorkflow: [
    { name: 'requested and granted', activities: ['requestApproval'], invariants: [], run: requestAndGrant },
  ],
};
