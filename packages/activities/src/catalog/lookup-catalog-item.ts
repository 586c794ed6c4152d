import { ApplicationFailure } from '@temporalio/activity';
import { readStore } from './catalog-store';
import type { CatalogRecord } from './catalog-record';

/**
 * A quick read of one SKU from the inventory store: milliseconds of local I/O, so workflows run it as a local
 * activity (no task-queue round trip). An unknown SKU is a non-retryable `UnknownSku`.
 */
export async function lookupCatalogItem(input: { storePath: string; sku: string }): Promise<CatalogRecord> {
  const record = (await readStore(input.storePath)).get(input.sku);
  if (!record) throw ApplicationFailure.nonRetryable(`SKU ${input.sku} is not in the catalog`, 'UnknownSku');
  const { sku, name, stock, unitPriceCents } = record;
  return { sku, name, stock, unitPriceCents };
}
