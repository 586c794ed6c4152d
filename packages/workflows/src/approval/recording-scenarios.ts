import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { type ApprovalRecord, ApprovalsStore } from '@reference/approvals-store';
import { APPROVAL_REJECTED } from '@reference/models';
import { ApprovalWorkflow } from '..';
import type { RecordingScenario } from '../testing/recording-scenario';

/** Starts an approval and waits for its task token in the inbox (the worker runs in this process). */
async function requestAndWait(client: Client, taskQueue: string, workflowId: string) {
  process.env.APPROVALS_DB ??= path.join(mkdtempSync(path.join(tmpdir(), 'approvals-')), 'approvals.sqlite');
  const handle = await client.workflow.start(ApprovalWorkflow, {
    taskQueue,
    workflowId,
    args: [{ subject: 'Refund order-1', requestedBy: 'ada', decideWithinSeconds: 3_600 }],
  });
  for (;;) {
    const store = new ApprovalsStore();
    const entry: ApprovalRecord | undefined = store.byActivity({ workflowId, activityId: '1' });
    store.close();
    if (entry?.runId === handle.firstExecutionRunId) return { handle, token: Buffer.from(entry.taskToken, 'base64') };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'ApprovalWorkflow.approved-by-token',
    run: async (client, taskQueue) => {
      const { handle, token } = await requestAndWait(client, taskQueue, 'approval-approved');
      await client.activity.complete(token, { approvedBy: 'bo', comment: 'fine by me' });
      return handle;
    },
  },
  {
    name: 'ApprovalWorkflow.rejected',
    run: async (client, taskQueue) => {
      const { handle, token } = await requestAndWait(client, taskQueue, 'approval-rejected');
      const details = [{ rejectedBy: 'bo', reason: 'over budget' }];
      await client.activity.fail(
        token,
        ApplicationFailure.create({ type: APPROVAL_REJECTED, message: 'over budget', nonRetryable: true, details }),
      );
      return handle;
    },
  },
];
