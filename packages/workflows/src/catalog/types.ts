import type { DuplicatePair, ImportCatalogFileResult, SupplierQuote } from '@reference/activities';
import type { QuoteLine } from '@reference/models';

// The inputs' shapes live in the contract (@reference/models), with the schemas the worker checks them by.
export type { ImportCatalogInput, QuoteLine, QuoteOrderInput } from '@reference/models';

export interface ImportCatalogResult extends ImportCatalogFileResult {
  duplicates: DuplicatePair[];
}

export interface SupplierFailure {
  supplier: string;
  /** The failure type (`SkuNotOffered`, `SupplierUnavailable`, ...) or `NoAnswerByDeadline`. */
  reason: string;
}

export interface LineQuote extends QuoteLine {
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
