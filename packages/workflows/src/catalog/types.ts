import type { DuplicatePair, ImportCatalogFileResult, SupplierQuote } from '@reference/activities';

export interface ImportCatalogInput {
  /** The supplier's feed, JSON Lines; ready once the supplier has written `<feedPath>.ready`. */
  feedPath: string;
  /** The inventory store the records go to (JSON Lines; the last line per SKU wins). */
  storePath: string;
  /** How often to look for the ready marker (default 60 s). */
  pollIntervalSeconds?: number;
  /** The inventory store's write limit (default 100 records a second). */
  writesPerSecond?: number;
}

export interface ImportCatalogResult extends ImportCatalogFileResult {
  duplicates: DuplicatePair[];
}

export interface OrderLine {
  sku: string;
  quantity: number;
}

export interface QuoteOrderInput {
  /** The inventory store written by ImportCatalogWorkflow: every line's SKU must be in it. */
  storePath: string;
  /** Where suppliers publish their price lists, `<supplier>.json`. */
  priceListDir: string;
  suppliers: string[];
  lines: OrderLine[];
  /** How long suppliers get to answer (default 30 s); whoever has not answered by then is left out. */
  deadlineSeconds?: number;
}

export interface SupplierFailure {
  supplier: string;
  /** The failure type (`SkuNotOffered`, `SupplierUnavailable`, ...) or `NoAnswerByDeadline`. */
  reason: string;
}

export interface LineQuote extends OrderLine {
  name: string;
  best: SupplierQuote | null;
  quotes: SupplierQuote[];
  failures: SupplierFailure[];
}

export interface OrderQuote {
  lines: LineQuote[];
  /** True when the deadline passed before every supplier had answered. */
  deadlineReached: boolean;
}
