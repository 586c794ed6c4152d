import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { z } from 'zod';
import { privateStateDir } from '@reference/local-state';

// Parsers for commander: a bad value stops the command with one line, before anything connects or starts.

function parseWith<T>(schema: z.ZodType<T>, message: string) {
  return (value: string): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new InvalidArgumentError(message);
    return parsed.data;
  };
}

export const positiveInteger = parseWith(z.coerce.number().int().positive(), 'expected a whole number above 0.');

/**
 * A path on the worker's machine, made absolute so a worker started elsewhere reads the same file. Relative to
 * where the user typed the command: `pnpm --filter starter start` runs us in apps/starter but sets INIT_CWD.
 */
export const filePath = parseWith(
  z
    .string()
    .trim()
    .min(1)
    .transform((p) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p)),
  'expected a non-empty path.',
);

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
