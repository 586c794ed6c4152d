import { z } from 'zod';
import { crossFieldCheck } from './cross-field-check';
import { MAX_FREQUENT_POLL_SECONDS } from './cross-field-rules';
import { filePath, matching, nonBlank, wholeNumber } from './fields';

const sku = nonBlank(64);

/** ImportCatalogWorkflow's input. */
export const ImportCatalogInput = z
  .strictObject({
    /** The supplier's feed, JSON Lines; ready once the supplier has written `<feedPath>.ready`. */
    feedPath: filePath,
    /** The inventory store the records go to (JSON Lines; the last line per SKU wins). */
    storePath: filePath,
    /**
     * How to wait for the ready marker: `infrequent` (the default), one look per activity attempt with the retry
     * policy as the loop; `frequent`, one activity that looks every pollIntervalSeconds and heartbeats each look.
     */
    polling: z.enum(['infrequent', 'frequent']).optional(),
    /** How often to look for the ready marker (default 60 s; 1 s, and at most a minute, when frequent). */
    pollIntervalSeconds: wholeNumber(1, 86_400).optional(),
    /** The inventory store's write limit (default 100 records a second). */
    writesPerSecond: wholeNumber(1, 100_000).optional(),
  })
  .check(crossFieldCheck('workflow/ImportCatalogWorkflow'));
export type ImportCatalogInput = z.infer<typeof ImportCatalogInput>;

/** One line of a quote request: a SKU and how many. */
export const QuoteLine = z.strictObject({ sku, quantity: wholeNumber(1, 1_000_000) });
export type QuoteLine = z.infer<typeof QuoteLine>;

const supplier = matching(/^[\w.-]{1,64}$/, 'must be letters, digits, ".", "_" or "-"');

/** QuoteOrderWorkflow's input. */
export const QuoteOrderInput = z.strictObject({
  /** The inventory store written by ImportCatalogWorkflow: every line's SKU must be in it. */
  storePath: filePath,
  /** Where suppliers publish their price lists, `<supplier>.json`. */
  priceListDir: filePath,
  suppliers: z.array(supplier).min(1).max(20),
  lines: z.array(QuoteLine).min(1).max(100),
  /** How long suppliers get to answer (default 30 s); whoever has not answered by then is left out. */
  deadlineSeconds: wholeNumber(1, 3_600).optional(),
  /**
   * The task queue of the suppliers' own quote worker, asked first; a quote no worker takes from it within 5 s
   * (schedule-to-start) is asked on the workflow's own task queue instead.
   */
  supplierTaskQueue: matching(
    /^[\w.-]{1,200}$/,
    'must be a task queue name: letters, digits, ".", "_" or "-"',
  ).optional(),
});
export type QuoteOrderInput = z.infer<typeof QuoteOrderInput>;

/** waitForFeedReady's input: the feed whose ready marker it waits for, and how long between two looks. */
export const WaitForFeedInput = z.strictObject({
  feedPath: filePath,
  pollIntervalSeconds: wholeNumber(1, MAX_FREQUENT_POLL_SECONDS),
});
export type WaitForFeedInput = z.infer<typeof WaitForFeedInput>;

/** What waitForFeedReady heartbeats after each look, and returns: a retry resumes from it. */
export interface FeedWatch {
  /** Looks so far, over every attempt. */
  looks: number;
  /** When the first look was (epoch ms). */
  since: number;
  /** What the last look found. */
  lastLook: 'not-ready' | 'ready';
  /** The look this attempt resumed after: 0 on a fresh start. */
  resumedAfter: number;
}

/** importCatalogFile's input. */
export const ImportCatalogFileInput = z.strictObject({
  feedPath: filePath,
  storePath: filePath,
  /** The inventory store's write limit: the import paces itself to it. */
  writesPerSecond: wholeNumber(1, 100_000),
});
export type ImportCatalogFileInput = z.infer<typeof ImportCatalogFileInput>;

/** lookupCatalogItem's input. */
export const CatalogItemLookup = z.strictObject({ storePath: filePath, sku });
export type CatalogItemLookup = z.infer<typeof CatalogItemLookup>;

/** requestSupplierQuote's input. */
export const QuoteRequest = z.strictObject({
  priceListDir: filePath,
  supplier,
  sku,
  quantity: wholeNumber(1, 1_000_000),
});
export type QuoteRequest = z.infer<typeof QuoteRequest>;

/** checkFeedReady's and findDuplicateProducts' input: a path. */
export { filePath as FilePath };
