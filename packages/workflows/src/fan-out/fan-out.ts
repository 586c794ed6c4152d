import { proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import { checkWorkflowInput } from '@reference/models/wire';

const { greet } = proxyActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });

/**
 * Greets `count` recipients at once, one `greet` activity each, and returns how many were greeted: the shape of a
 * batch that fans out and joins. Workflow type on the wire: FanOutWorkflow.
 */
export async function FanOutWorkflow(count: number): Promise<number> {
  // At most MAX_FAN_OUT (@reference/models): the server keeps at most 2,000 activities pending per workflow.
  const recipients = checkWorkflowInput('FanOutWorkflow', count);
  const greetings = await Promise.all(Array.from({ length: recipients }, (_, i) => greet(`recipient ${i + 1}`)));
  return greetings.length;
}
