import {
  ApplicationFailure,
  CancelledFailure,
  type Client,
  TerminatedFailure,
  WorkflowExecutionAlreadyStartedError,
  WorkflowFailedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { withClient } from '../../connect';
import { UserError } from '../../user-error';

function firstLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
}

/** What a client-side failure means for the user, as one line. */
export function describeFailure(err: unknown, orderId: string): Error {
  if (err instanceof WorkflowNotFoundError) return new UserError(`no order ${orderId} on this server`);
  if (err instanceof WorkflowExecutionAlreadyStartedError) return new UserError(`order ${orderId} already exists`);
  if (err instanceof WorkflowUpdateFailedError)
    return new UserError(`the update was rejected: ${firstLine(err.cause)}`);
  if (err instanceof WorkflowFailedError) {
    const { cause } = err;
    if (cause instanceof CancelledFailure) return new UserError(`order ${orderId} was cancelled`);
    if (cause instanceof TerminatedFailure) return new UserError(`order ${orderId} was terminated`);
    if (cause instanceof ApplicationFailure) return new UserError(`${cause.type ?? 'failure'}: ${firstLine(cause)}`);
  }
  return new UserError(firstLine(err));
}

/** Connects, runs `work` for one order, closes; every failure becomes one line about that order. */
export async function withOrderClient<T>(orderId: string, work: (client: Client) => Promise<T>): Promise<T> {
  return withClient(async (client) => {
    try {
      return await work(client);
    } catch (err) {
      throw describeFailure(err, orderId);
    }
  });
}
