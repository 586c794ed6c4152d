import { ActivityCancellationType, proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import { checkWorkflowInput } from '@reference/models/wire';
import type { ImportCatalogInput, ImportCatalogResult } from './types';

const { importCatalogFile } = proxyActivities<typeof activities>({
  // The whole file may take a long time, so start-to-close only bounds a runaway attempt ...
  startToCloseTimeout: '1 hour',
  // ... and the heartbeat timeout is what notices a dead worker. The import heartbeats after every record (a few
  // ms each), so two silent seconds mean the worker is gone or stalled; the retry then resumes from the last
  // checkpoint after ~3 s instead of after an hour. Shorter would risk false timeouts on a GC pause; the worker
  // sends at most one heartbeat per 0.5 s (MAX_HEARTBEAT_THROTTLE_MS), so the checkpoint lags the work by up to that.
  heartbeatTimeout: '2 seconds',
  retry: { initialInterval: '1 second', maximumAttempts: 5 },
  // A cancelled workflow waits until the import has stopped between two records before it ends.
  cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
});

const { findDuplicateProducts } = proxyActivities<typeof activities>({
  startToCloseTimeout: '10 minutes',
  // Heartbeats come from a timer every second while a worker thread does the comparison.
  heartbeatTimeout: '5 seconds',
  cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
});

// A supplier gets a day to deliver, whichever way the workflow waits for the feed.
const DELIVERY_WINDOW = '1 day';

/**
 * Infrequent polling, for looks a minute or more apart: one look per activity attempt, the retry policy with a fixed
 * interval is the loop. Between looks nothing runs and no worker slot is held; each look is an attempt in the
 * activity's state (not an event in the history).
 */
async function waitInfrequently({ feedPath, pollIntervalSeconds = 60 }: ImportCatalogInput): Promise<void> {
  const { checkFeedReady } = proxyActivities<typeof activities>({
    startToCloseTimeout: '10 seconds',
    scheduleToCloseTimeout: DELIVERY_WINDOW,
    retry: {
      initialInterval: `${pollIntervalSeconds} seconds`,
      backoffCoefficient: 1,
      nonRetryableErrorTypes: ['FeedMissing'],
    },
  });
  await checkFeedReady(feedPath);
}

/**
 * Frequent polling, for looks seconds apart (where a retry per look would flood the activity's retries): one
 * activity looks every pollIntervalSeconds and heartbeats its last look in between. Its heartbeat timeout, two
 * intervals, notices a dead worker without timing out a busy one; the retry resumes from the last heartbeat. A
 * cancellation reaches the wait with a heartbeat's answer, within the worker's throttle (0.5 s), not 80% of the
 * timeout; a cancelled import waits until the wait stopped.
 */
async function waitFrequently({ feedPath, pollIntervalSeconds = 1 }: ImportCatalogInput): Promise<void> {
  const { waitForFeedReady } = proxyActivities<typeof activities>({
    scheduleToCloseTimeout: DELIVERY_WINDOW,
    heartbeatTimeout: `${2 * pollIntervalSeconds} seconds`,
    retry: { initialInterval: '1 second', nonRetryableErrorTypes: ['FeedMissing'] },
    cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
  });
  await waitForFeedReady({ feedPath, pollIntervalSeconds });
}

/**
 * Imports a supplier's catalog feed into the inventory store: wait until the supplier has finished uploading,
 * import the records (resuming after a crash from the last heartbeat), then flag near-duplicate products.
 * Workflow type on the wire: ImportCatalogWorkflow.
 */
export async function ImportCatalogWorkflow(feed: ImportCatalogInput): Promise<ImportCatalogResult> {
  const input = checkWorkflowInput('ImportCatalogWorkflow', feed);
  await (input.polling === 'frequent' ? waitFrequently : waitInfrequently)(input);
  const imported = await importCatalogFile({
    feedPath: input.feedPath,
    storePath: input.storePath,
    writesPerSecond: input.writesPerSecond ?? 100,
  });
  const { duplicates } = await findDuplicateProducts(input.storePath);
  return { ...imported, duplicates };
}
