import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/activity';
import { z } from 'zod';
import type { QuoteRequest } from '@reference/models';

/** A supplier's published price list: `<priceListDir>/<supplier>.json`, SKU -> offer. */
const priceList = z.record(
  z.string(),
  z.object({ unitPriceCents: z.number().int().positive(), available: z.number().int().nonnegative() }),
);

export type { QuoteRequest } from '@reference/models';

export interface SupplierQuote {
  supplier: string;
  sku: string;
  unitPriceCents: number;
  totalCents: number;
}

/**
 * Asks one supplier for a price. A supplier without a price list is down (`SupplierUnavailable`, retryable);
 * one that does not sell the SKU or not that many is a definite no (`SkuNotOffered`, `InsufficientSupply`).
 */
export async function requestSupplierQuote(request: QuoteRequest): Promise<SupplierQuote> {
  const { supplier, sku, quantity } = request;
  let text: string;
  try {
    text = await readFile(path.join(request.priceListDir, `${supplier}.json`), 'utf8');
  } catch {
    throw ApplicationFailure.retryable(`supplier ${supplier} did not answer`, 'SupplierUnavailable');
  }
  const offer = priceList.parse(JSON.parse(text))[sku];
  if (!offer) throw ApplicationFailure.nonRetryable(`${supplier} does not sell ${sku}`, 'SkuNotOffered');
  if (offer.available < quantity) {
    throw ApplicationFailure.nonRetryable(`${supplier} has only ${offer.available} of ${sku}`, 'InsufficientSupply');
  }
  return { supplier, sku, unitPriceCents: offer.unitPriceCents, totalCents: offer.unitPriceCents * quantity };
}
