import {
  type Client,
  WorkflowExecutionAlreadyStartedError,
  WorkflowFailedError,
  WorkflowNotFoundError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { withClient } from '../../connect';
import { UserError } from '../../user-error';

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';

/**
 * Connects, runs `work` for one reminder, closes; every failure is one line about that reminder, `notFound` when the
 * server has no such workflow (or, to a message, none still running).
 */
export function withReminderClient<T>(
  id: string,
  work: (client: Client) => Promise<T>,
  notFound = `no reminder ${id} on this server`,
): Promise<T> {
  return withClient(async (client) => {
    try {
      return await work(client);
    } catch (err) {
      if (err instanceof WorkflowNotFoundError) throw new UserError(notFound);
      if (err instanceof WorkflowExecutionAlreadyStartedError) throw new UserError(`reminder ${id} already exists`);
      if (err instanceof WorkflowUpdateFailedError || err instanceof WorkflowFailedError) {
        throw new UserError(firstLine(err.cause ?? err));
      }
      throw err;
    }
  });
}
