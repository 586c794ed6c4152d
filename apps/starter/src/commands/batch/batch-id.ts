import { type Client, WorkflowNotFoundError } from '@temporalio/client';
import { z } from 'zod';
import { validate } from '../../input';
import { UserError } from '../../user-error';

const batchIdSchema = z.string().trim().min(1, 'must not be empty').max(255);

/** A batch's workflow id as typed, checked before anything connects. */
export function batchId(text: string): string {
  return validate(batchIdSchema, text, 'the batch id');
}

/** The batch's handle, once the server has confirmed a BatchWorkflow by that id: a one-line UserError if not. */
export async function batchHandle(client: Client, workflowId: string) {
  const handle = client.workflow.getHandle(workflowId);
  const description = await handle.describe().catch((err: unknown) => {
    if (err instanceof WorkflowNotFoundError) throw new UserError(`no batch ${workflowId} on this server`);
    throw err;
  });
  if (description.type !== 'BatchWorkflow') {
    throw new UserError(`${workflowId} is a ${description.type}, not a batch`);
  }
  return { handle, description };
}
