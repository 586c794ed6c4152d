import { access } from 'node:fs/promises';
import { ApplicationFailure } from '@temporalio/activity';

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Looks once whether the supplier has finished uploading its feed: suppliers write `<feed>.ready` after the
 * feed itself. Not ready is a retryable `FeedNotReady`, so the caller's retry policy is the polling loop
 * (the reference's infrequent-polling pattern: no worker slot is held between looks).
 */
export async function checkFeedReady(feedPath: string): Promise<void> {
  if (!(await exists(`${feedPath}.ready`))) {
    throw ApplicationFailure.retryable(`supplier feed ${feedPath} is not ready yet`, 'FeedNotReady');
  }
  if (!(await exists(feedPath))) {
    throw ApplicationFailure.nonRetryable(`${feedPath}.ready exists but the feed does not`, 'FeedMissing');
  }
}
