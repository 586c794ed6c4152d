import { ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';

const { greet } = proxyActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });

/** The most activities one run may fan out: each adds three events, and a history holds 51,200 at most. */
export const MAX_FAN_OUT = 2_000;

/**
 * Greets `count` recipients at once, one `greet` activity each, and returns how many were greeted: the shape of a
 * batch that fans out and joins. Workflow type on the wire: FanOutWorkflow.
 */
export async function FanOutWorkflow(count: number): Promise<number> {
  if (!Number.isInteger(count) || count < 1 || count > MAX_FAN_OUT) {
    throw ApplicationFailure.nonRetryable(`count must be an integer from 1 to ${MAX_FAN_OUT}`, 'InvalidFanOut');
  }
  const greetings = await Promise.all(Array.from({ length: count }, (_, i) => greet(`recipient ${i + 1}`)));
  return greetings.length;
}
