import {
  ApplicationFailure,
  CancelledFailure,
  type Client,
  TerminatedFailure,
  TimeoutFailure,
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
    if (cause instanceof TimeoutFailure) {
      return new UserError(
        `order ${orderId} timed out (TimeoutFailure ${cause.timeoutType}): the execution or run timeout it was ` +
          'started with passed',
      );
    }
    if (cause instanceof ApplicationFailure) return new UserError(`${cause.type ?? 'failure'}: ${firstLine(cause)}`);
  }
  return new UserError(firstLine(err));
}

/**
 * Connects, runs `work` for one order, closes; every failure becomes one line about that order. A message to an order
 * that has ended is "not found" to the server; the order's own record tells that apart from an order never started.
 */
export async function withOrderClient<T>(orderId: string, work: (client: Client) => Promise<T>): Promise<T> {
  return withClient(async (client) => {
    try {
      return await work(client);
    } catch (err) {
      if (err instanceof WorkflowNotFoundError)
        throw (await endedOrder(client, orderId)) ?? describeFailure(err, orderId);
      throw describeFailure(err, orderId);
    }
  });
}

async function endedOrder(client: Client, orderId: string): Promise<UserError | undefined> {
  const description = await client.workflow
    .getHandle(orderId)
    .describe()
    .catch(() => undefined);
  if (!description || description.status.name === 'RUNNING') return undefined;
  return new UserError(
    `order ${orderId} has ended (${description.status.name.toLowerCase()}): it takes no more messages; ` +
      `\`order result ${orderId}\` shows how it ended`,
  );
}
