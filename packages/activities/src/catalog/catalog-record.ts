import { z } from 'zod';

/** One line of a supplier's catalog feed (JSON Lines): what the inventory store keeps per SKU. */
export const catalogRecord = z.object({
  sku: z.string().trim().min(1),
  name: z.string().trim().min(1),
  stock: z.number().int().nonnegative(),
  unitPriceCents: z.number().int().nonnegative(),
});

export type CatalogRecord = z.infer<typeof catalogRecord>;

/** The record parsed from one feed line, or undefined when the line is not valid JSON or not a valid record. */
export function parseCatalogLine(line: string): CatalogRecord | undefined {
  try {
    const parsed = catalogRecord.safeParse(JSON.parse(line));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
