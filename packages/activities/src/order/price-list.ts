import { ApplicationFailure } from '@temporalio/activity';

export interface PriceListEntry {
  name: string;
  priceCents: number;
  /** Units in the warehouse before any reservation. */
  stock: number;
}

/** The shop's price list. `TEAPOT-VINTAGE` is sold out, to exercise the out-of-stock path. */
export const PRICE_LIST: Readonly<Record<string, PriceListEntry>> = {
  'TEA-GREEN': { name: 'Green tea, 100 g', priceCents: 1200, stock: 10_000 },
  'TEA-BLACK': { name: 'Black tea, 100 g', priceCents: 1000, stock: 10_000 },
  'MUG-BLUE': { name: 'Blue mug', priceCents: 1800, stock: 10_000 },
  KETTLE: { name: 'Kettle', priceCents: 4500, stock: 10_000 },
  'TEAPOT-VINTAGE': { name: 'Vintage teapot', priceCents: 9900, stock: 0 },
};

export function priceListEntry(sku: string): PriceListEntry {
  const entry = PRICE_LIST[sku];
  if (!entry) {
    throw ApplicationFailure.create({
      type: 'UnknownSku',
      message: `no SKU ${sku} in the price list`,
      nonRetryable: true,
      details: [{ sku }],
    });
  }
  return entry;
}

/** A quick price-list lookup: the unit price of `sku` in cents. */
export async function priceSku(sku: string): Promise<number> {
  return priceListEntry(sku).priceCents;
}
