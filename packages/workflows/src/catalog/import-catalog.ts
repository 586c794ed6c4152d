import { ActivityCancellationType, proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import { checkWorkflowInput } from '@reference/models/wire';
import type { ImportCatalogInput, ImportCatalogResult } from './types';

const { importCatalogFile } = proxyActivities<typeof activities>({
  // The whole file may take a long time, so start-to-close only bounds a runaway attempt ...
  startToCloseTimeout: '1 hour',
  // ... and the heartbeat timeout is what notices a dead worker. The import heartbeats after every record (a few
  // ms each), so two silent seconds mean the worker is gone or stalled; the retry then resumes from the last
  // checkpoint after ~3 s instead of after an hour. Shorter would risk false timeouts on a GC pause; the SDK
  // sends at most one heartbeat per 1.6 s (80% of this), so the checkpoint lags the work by up to that much.
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

/**
 * Imports a supplier's catalog feed into the inventory store: wait until the supplier has finished uploading,
 * import the records (resuming after a crash from the last heartbeat), then flag near-duplicate products.
 * Workflow type on the wire: ImportCatalogWorkflow.
 */
export async function ImportCatalogWorkflow(feed: ImportCatalogInput): Promise<ImportCatalogResult> {
  const input = checkWorkflowInput('ImportCatalogWorkflow', feed);
  const { checkFeedReady } = proxyActivities<typeof activities>({
    startToCloseTimeout: '10 seconds',
    // Infrequent polling: one look per attempt, the retry policy is the loop. A supplier gets a day to deliver.
    scheduleToCloseTimeout: '1 day',
    retry: {
      initialInterval: `${input.pollIntervalSeconds ?? 60} seconds`,
      backoffCoefficient: 1,
      nonRetryableErrorTypes: ['FeedMissing'],
    },
  });

  await checkFeedReady(input.feedPath);
  const imported = await importCatalogFile({
    feedPath: input.feedPath,
    storePath: input.storePath,
    writesPerSecond: input.writesPerSecond ?? 100,
  });
  const { duplicates } = await findDuplicateProducts(input.storePath);
  return { ...imported, duplicates };
}
