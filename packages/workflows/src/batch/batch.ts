import {
  ActivityCancellationType,
  allHandlersFinished,
  CancellationScope,
  condition,
  continueAsNew,
  isCancellation,
  log,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import {
  batchEventsToDrain,
  batchHistoryBound,
  checkWorkflowInput,
  DEFAULT_BATCH_PAGE_SIZE,
  DEFAULT_BATCH_WINDOW,
  signalInputProblem,
} from '@reference/models/wire';
import { BatchRun } from './batch-run';
import { batchProgressQuery, pauseBatchSignal } from './definitions';
import type { BatchInput, BatchResult } from './types';

const { countBatchRecords } = proxyActivities<typeof activities>({ startToCloseTimeout: '10 minutes' });

const { processBatchPage } = proxyActivities<typeof activities>({
  startToCloseTimeout: '10 minutes',
  // A page heartbeats as it goes: the pages of a worker that died are retried after 2 s, not 10 minutes, and a
  // cancellation reaches a page within 0.5 s (the worker sends at most one heartbeat per MAX_HEARTBEAT_THROTTLE_MS).
  heartbeatTimeout: '2 seconds',
  // A transient failure (a locked store, a full disk) is retried until it passes; a bad record never fails a page.
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds' },
  // A cancelled batch waits until each page in flight has stopped, so its result counts only what was stored.
  cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
});

/**
 * Processes every record of a JSON Lines source into the batch store, a page per activity, at most `window` pages in
 * flight. Before its history would pass `maxHistoryEvents`, a run stops starting pages, waits for those in flight and
 * for its handlers, and continues as new with the cursor and the counters. Workflow type on the wire: BatchWorkflow.
 */
export async function BatchWorkflow(request: BatchInput): Promise<BatchResult> {
  const input = checkWorkflowInput('BatchWorkflow', request);
  const window = input.window ?? DEFAULT_BATCH_WINDOW;
  const pageSize = input.pageSize ?? DEFAULT_BATCH_PAGE_SIZE;
  const bound = batchHistoryBound(window, input.maxHistoryEvents);
  const batch = new BatchRun(input.state, window, pageSize);
  const inFlight = new Map<number, Promise<void>>();
  let pageFailure: Error | undefined;
  let cancelled = false;
  void CancellationScope.current().cancelRequested.catch(() => (cancelled = true));

  setHandler(pauseBatchSignal, (pause) => {
    const problem = signalInputProblem('pauseBatch', pause);
    if (problem) return log.warn(`ignored pauseBatch: ${problem}`);
    batch.paused = pause.paused;
  });
  setHandler(batchProgressQuery, () => batch.progress(inFlight.size, Date.now()));

  const startPage = (page: number) => {
    const { sourcePath, storePath } = input;
    const processing = processBatchPage({ sourcePath, storePath, source: batch.source!, page, pageSize })
      .then(
        (result) => batch.pageDone(result),
        (err: Error) => {
          // Once the batch is cancelled, a page that ends any other way (its attempt timed out while the
          // cancellation was on its way) has an unknown outcome too: stored whole or not at all, as a cancelled one.
          if (isCancellation(err) || cancelled) batch.pageCancelled(page);
          else pageFailure ??= err;
        },
      )
      .finally(() => inFlight.delete(page));
    inFlight.set(page, processing);
  };
  // Room for the pages in flight to finish and the run to continue as new, within the bound.
  const historyFull = () => {
    const { historyLength, continueAsNewSuggested } = workflowInfo();
    return continueAsNewSuggested || historyLength + batchEventsToDrain(window) > bound;
  };

  try {
    if (!batch.source) batch.begin(await countBatchRecords(input.sourcePath), Date.now());
    let startedHere = 0;
    while (batch.hasPagesLeft) {
      await condition(() => pageFailure !== undefined || (!batch.paused && inFlight.size < window));
      // Every run starts at least one page, so a batch always moves on.
      if (pageFailure !== undefined || (startedHere > 0 && historyFull())) break;
      startPage(batch.takePage());
      startedHere += 1;
    }
    batch.status = 'draining';
    await condition(() => inFlight.size === 0);
    if (pageFailure !== undefined) throw pageFailure;
    if (batch.hasPagesLeft) {
      await condition(allHandlersFinished);
      return await continueAsNew<typeof BatchWorkflow>({ ...input, state: batch.carried() });
    }
    return batch.result('completed', Date.now());
  } catch (err) {
    if (!isCancellation(err)) throw err;
    // The cancellation reached every page in flight: wait until each has stopped (or finished) to count them.
    await CancellationScope.nonCancellable(() => condition(() => inFlight.size === 0));
    return batch.result('cancelled', Date.now());
  }
}
