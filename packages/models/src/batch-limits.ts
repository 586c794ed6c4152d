// BatchWorkflow's defaults and bounds. No zod here: workflow code reads them through '@reference/models/wire'.

/** Pages in flight at once unless the input says otherwise. */
export const DEFAULT_BATCH_WINDOW = 8;
/** Records per page (one processBatchPage activity) unless the input says otherwise. */
export const DEFAULT_BATCH_PAGE_SIZE = 500;
/** A run continues as new before its history would pass this many events, unless the input says otherwise. */
export const DEFAULT_BATCH_MAX_HISTORY_EVENTS = 1_000;

/** The most failed records a batch (and a page) reports; every one is also in the store's batch_rejects table. */
export const MAX_REPORTED_BATCH_FAILURES = 20;

/** The server refuses a workflow task that would leave more than 2,000 activities pending in one workflow. */
export const MAX_BATCH_WINDOW = 2_000;
export const MAX_BATCH_PAGE_SIZE = 10_000;
/** Below the server's hard limit of 51,200 events, with room for the signals that may arrive during a drain. */
export const MAX_BATCH_HISTORY_EVENTS = 40_000;

/**
 * The events a run may still add once it stops starting pages: up to `window` ActivityTaskScheduled in the task that
 * decides, then per page in flight its started and completed events and a workflow task of three, then the
 * continue-as-new; plus 30 for what arrives meanwhile (a few signals, a workflow task retried after a worker died).
 */
export function batchEventsToDrain(window: number): number {
  return 6 * window + 30;
}

/** The smallest bound a window allows: twice what draining it takes, so each run spends most of its events on pages. */
export function minBatchHistoryEvents(window: number): number {
  return 2 * batchEventsToDrain(window);
}

/** The bound a run keeps to: the one given, else the default or, for a wide window, the smallest it allows. */
export function batchHistoryBound(window: number, maxHistoryEvents: number | undefined): number {
  return maxHistoryEvents ?? Math.max(DEFAULT_BATCH_MAX_HISTORY_EVENTS, minBatchHistoryEvents(window));
}
