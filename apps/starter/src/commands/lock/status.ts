import type { Command } from 'commander';
import { WorkflowNotFoundError } from '@temporalio/client';
import { LockInput, type LockState, lockWorkflowId } from '@reference/models';
import { lockStateQuery, type LockWorkflow } from '@reference/workflows';
import { withClient } from '../../connect';
import { validate } from '../../input';
import { UserError } from '../../user-error';

function describeLock({ resourceId, holder, waiting }: LockState): string {
  const held = holder ? `held by ${holder.workflowId} until ${new Date(holder.leaseExpiresAt).toISOString()}` : 'free';
  return `${resourceId}: ${held}; ${waiting.length === 0 ? 'nobody waiting' : `waiting: ${waiting.join(', ')}`}`;
}

/** `starter lock status <resource>`: the lockState query of the resource's lock: its holder and its queue. */
export function registerLockStatus(lock: Command): void {
  lock
    .command('status')
    .description('print who holds the lock of a resource, until when, and who waits')
    .argument('<resource>', 'the shared resource, like printer')
    .action(async (resourceText: string) => {
      const resourceId = validate(LockInput.shape.resourceId, resourceText, 'the resource');
      const state = await withClient((client) =>
        client.workflow
          .getHandle<typeof LockWorkflow>(lockWorkflowId(resourceId))
          .query(lockStateQuery)
          .catch((err: unknown) => {
            if (!(err instanceof WorkflowNotFoundError)) throw err;
            throw new UserError(`no lock for ${resourceId} on this server: the first \`job ${resourceId}\` creates it`);
          }),
      );
      console.log(describeLock(state));
    });
}
