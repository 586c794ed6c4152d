import { WorkflowNotFoundError } from '@temporalio/client';
import type { Command } from 'commander';
import { z } from 'zod';
import { withClient } from '../connect';
import { validate } from '../input';
import { UserError } from '../user-error';

const workflowIdSchema = z.string().trim().min(1, 'must not be empty').max(255);

/** `starter cancel <workflow-id>`: asks any workflow to cancel (what the starter names when Ctrl-C stops a wait). */
export function registerCancelCommand(program: Command): void {
  program
    .command('cancel')
    .description('request cancellation of a workflow of any type (an order: `order cancel` runs its compensations)')
    .argument('<workflow-id>', 'the workflow')
    .action(async (idText: string) => {
      const workflowId = validate(workflowIdSchema, idText, 'the workflow id');
      await withClient(async (client) => {
        await client.workflow
          .getHandle(workflowId)
          .cancel()
          .catch((err: unknown) => {
            if (err instanceof WorkflowNotFoundError)
              throw new UserError(`no running workflow ${workflowId} on this server`);
            throw err;
          });
      });
      console.log(`Cancellation requested for ${workflowId}`);
    });
}
