import { z } from 'zod';
import {
  MAX_BATCH_HISTORY_EVENTS,
  MAX_BATCH_PAGE_SIZE,
  MAX_BATCH_WINDOW,
  MAX_REPORTED_BATCH_FAILURES,
} from './batch-limits';
import { crossFieldCheck } from './cross-field-check';
import { filePath, matching, wholeNumber } from './fields';

const count = wholeNumber(0, Number.MAX_SAFE_INTEGER);

/** One record of a batch source (a line of JSON Lines): a product and its new price. The SKU is its key. */
export const BatchRecord = z.strictObject({
  sku: matching(/^SKU-\d{1,12}$/, 'must look like SKU-123'),
  priceCents: wholeNumber(1, 100_000_000),
});
export type BatchRecord = z.infer<typeof BatchRecord>;

/** The source as counted when the batch started; a page refuses a source that has changed since. */
export const BatchSource = z.strictObject({
  records: count,
  sizeBytes: count,
  modifiedMs: count,
});
export type BatchSource = z.infer<typeof BatchSource>;

/** A record that failed validation: its line in the source and why. */
export const BatchFailure = z.strictObject({ line: wholeNumber(1, Number.MAX_SAFE_INTEGER), reason: z.string() });
export type BatchFailure = z.infer<typeof BatchFailure>;

/** What a run hands to the next when it continues as new: the cursor (every page before it is done) and counters. */
export const BatchState = z.strictObject({
  source: BatchSource,
  nextPage: count,
  /** Records written to the store by this batch. */
  stored: count,
  /** Records a page found in the store already: a page retried after it had committed, or a batch run again. */
  alreadyStored: count,
  /** Records that failed validation. */
  failed: count,
  failures: z.array(BatchFailure).max(MAX_REPORTED_BATCH_FAILURES),
  runs: wholeNumber(1, Number.MAX_SAFE_INTEGER),
  /** When the first run started (epoch ms), for records per second over the whole batch. */
  startedAtMs: count,
  paused: z.boolean(),
});
export type BatchState = z.infer<typeof BatchState>;

/** Where a batch reads its records and writes them, on the worker's machine: the batch's and each page's. */
const batchFiles = {
  /** The records, JSON Lines. */
  sourcePath: filePath,
  /** The SQLite file the records go to (created if missing). */
  storePath: filePath,
};

/** BatchWorkflow's input. */
export const BatchInput = z
  .strictObject({
    ...batchFiles,
    /** Pages in flight at once (default 8). */
    window: wholeNumber(1, MAX_BATCH_WINDOW).optional(),
    /** Records per page (default 500). */
    pageSize: wholeNumber(1, MAX_BATCH_PAGE_SIZE).optional(),
    /** A run continues as new before its history passes this many events (default 1,000). */
    maxHistoryEvents: wholeNumber(100, MAX_BATCH_HISTORY_EVENTS).optional(),
    /** Set by the workflow itself when it continues as new (any client may resume a batch with it). */
    state: BatchState.optional(),
  })
  .check(crossFieldCheck('workflow/BatchWorkflow'));
export type BatchInput = z.infer<typeof BatchInput>;

/** processBatchPage's input: page `page` (from 0) of `pageSize` records. */
export const BatchPageInput = z.strictObject({
  ...batchFiles,
  source: BatchSource,
  page: count,
  pageSize: wholeNumber(1, MAX_BATCH_PAGE_SIZE),
});
export type BatchPageInput = z.infer<typeof BatchPageInput>;

/** The pauseBatch signal: pause (no new page starts; those in flight finish) or resume. */
export const BatchPause = z.strictObject({ paused: z.boolean() });
export type BatchPause = z.infer<typeof BatchPause>;
