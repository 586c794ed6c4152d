import path from 'node:path';
import { z } from 'zod';
import { privateStateDir } from '@reference/local-state';
import { parseWith } from '../../argument-parsers';

// The catalog commands' own arguments; the shared parsers are in argument-parsers.ts.

/**
 * The inventory store import-catalog writes and quote-order reads unless --store names another: in the private state
 * folder of the user (and machine) running worker and starter, as `pnpm dev` does.
 */
export function defaultCatalogStore(): string {
  return path.join(privateStateDir(), 'catalog-store.jsonl');
}

const orderLine = z
  .string()
  .regex(/^[^:\s]+:\d+$/)
  .transform((spec) => {
    const [sku = '', quantity = ''] = spec.split(':');
    return { sku, quantity: Number(quantity) };
  })
  .refine((line) => line.quantity > 0);

/** `SKU:QUANTITY`, repeatable. */
export function orderLines(value: string, previous: Array<{ sku: string; quantity: number }> = []) {
  return [...previous, parseWith(orderLine, 'expected SKU:QUANTITY with a quantity above 0, e.g. SKU-00001:5.')(value)];
}

export const supplierName = parseWith(
  z.string().regex(/^[\w.-]+$/),
  'expected a supplier name of letters, digits, ".", "_" or "-".',
);

export function supplierNames(value: string, previous: string[] = []): string[] {
  return [...previous, supplierName(value)];
}
