import {
  ApplicationFailure,
  type Client,
  WorkflowFailedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { withClient } from '../../connect';
import { UserError } from '../../user-error';

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';

/** A failure as one line: the gateway's or the workflow's failure type (CardDeclined, CheckoutAbandoned) first. */
function describeFailure(err: unknown, orderId: string): Error {
  if (err instanceof WorkflowNotFoundError) return new UserError(`no checkout ${orderId} on this server`);
  const cause = err instanceof WorkflowUpdateFailedError || err instanceof WorkflowFailedError ? err.cause : err;
  if (cause instanceof ApplicationFailure) return new UserError(`${cause.type ?? 'failure'}: ${firstLine(cause)}`);
  return new UserError(firstLine(cause ?? err));
}

/** Connects, runs `work` for one checkout, closes; every failure is one line about that checkout. */
export function withCheckoutClient<T>(orderId: string, work: (client: Client) => Promise<T>): Promise<T> {
  return withClient(async (client) => {
    try {
      return await work(client);
    } catch (err) {
      throw describeFailure(err, orderId);
    }
  });
}

/** 1250 → "12.50": what the customer is charged, in the currency's major unit. */
export const major = (cents: number): string => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
