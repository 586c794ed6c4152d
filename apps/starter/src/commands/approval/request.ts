import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { WorkflowFailedError, type WorkflowHandle, WorkflowNotFoundError } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { z } from 'zod';
import { ApprovalInput, parseModel } from '@reference/models';
import { ApprovalWorkflow, TASK_QUEUE } from '@reference/workflows';
import { withClient } from '../../connect';
import { validate } from '../../input';
import { UserError } from '../../user-error';
import { waitForResult } from '../../waiting';
import { positiveInteger } from '../../argument-parsers';

const workflowIdSchema = z.string().trim().min(1, 'must not be empty').max(255);

interface RequestOptions {
  requestedBy: string;
  decideWithin?: number;
  heartbeatTimeout?: number;
  workflowId?: string;
}

const ASK_TIMEOUT_MS = 30_000;

/**
 * Whether the workflow's requestApproval activity has run and now waits for its answer (the server holds it open,
 * started), so the request is in the inbox; false if that takes longer than half a minute.
 */
async function untilAsked(handle: WorkflowHandle): Promise<boolean> {
  const STARTED = temporal.api.enums.v1.PendingActivityState.PENDING_ACTIVITY_STATE_STARTED;
  for (const deadline = Date.now() + ASK_TIMEOUT_MS; Date.now() < deadline;) {
    const { raw, status } = await handle.describe();
    if (status.name !== 'RUNNING') return true;
    const asked = raw.pendingActivities?.some(
      (activity) => activity.activityType?.name === 'requestApproval' && activity.state === STARTED,
    );
    if (asked) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

/** `starter approval request <subject>` and `starter approval result <workflow-id>`. */
export function registerApprovalRequest(approval: Command): void {
  approval
    .command('request')
    .description('start ApprovalWorkflow: the request waits in the approvals inbox for complete or fail')
    .argument('<subject>', 'what is to be approved, e.g. "Refund order-1"')
    .option('--requested-by <who>', 'who asks', process.env.USER ?? 'starter')
    .option('--decide-within <seconds>', 'the window for a decision (default 86400: a day)', positiveInteger)
    .option('--heartbeat-timeout <seconds>', 'require a heartbeat at least this often', positiveInteger)
    .option('--workflow-id <id>', 'the workflow id (default: approval-<uuid>)')
    .action(async (subject: string, options: RequestOptions) => {
      const input = parseModel(
        ApprovalInput,
        {
          subject,
          requestedBy: options.requestedBy,
          decideWithinSeconds: options.decideWithin,
          heartbeatTimeoutSeconds: options.heartbeatTimeout,
        },
        'approval request',
      );
      const workflowId = validate(
        workflowIdSchema,
        options.workflowId ?? `approval-${randomUUID()}`,
        'the workflow id',
      );
      await withClient(async (client) => {
        const handle = await client.workflow.start(ApprovalWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId,
          args: [input],
        });
        // Answered at once (by id, or with the token `approval list` shows), so it returns once the request is in.
        const inInbox = await untilAsked(handle);
        const where = inInbox ? '(approval list)' : '(not in the inbox yet: is a worker polling my-task-queue?)';
        console.log(`Started ApprovalWorkflow ${workflowId}: "${input.subject}" awaits a decision ${where}`);
      });
    });
  approval
    .command('result')
    .description('wait for an approval to be decided (or to expire) and print the outcome')
    .argument('<workflow-id>', 'the ApprovalWorkflow')
    .action(async (idText: string) => {
      const workflowId = validate(workflowIdSchema, idText, 'the workflow id');
      await withClient(async (client) => {
        try {
          const outcome = await waitForResult<Awaited<ReturnType<typeof ApprovalWorkflow>>>(
            client.workflow.getHandle(workflowId),
            {
              cancelWith: `cancel ${workflowId}`,
              activityLine: ({ name, activityId }) =>
                name === 'requestApproval'
                  ? `${workflowId} awaits a decision: \`approval complete --workflow-id ${workflowId} --activity-id ` +
                    `${activityId} --by <name>\` or \`approval fail … --reason <text>\` (\`approval list\` shows it)`
                  : undefined,
            },
          );
          console.log(`Result: ${JSON.stringify(outcome)}`);
        } catch (err) {
          if (err instanceof WorkflowNotFoundError) throw new UserError(`no approval ${workflowId} on this server`);
          if (err instanceof WorkflowFailedError)
            throw new UserError(`approval ${workflowId} failed: ${err.cause?.message}`);
          throw err;
        }
      });
    });
}
