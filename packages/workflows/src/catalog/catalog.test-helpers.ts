import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CatalogRecord } from '@reference/activities';

/** A fresh directory for one test's feed, store and price lists. */
export function scratchDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'catalog-'));
}

/** `count` distinct products, names far enough apart that none is a near-duplicate of another. */
export function products(count: number, prefix = 'SKU'): CatalogRecord[] {
  return Array.from({ length: count }, (_, i) => ({
    sku: `${prefix}-${String(i + 1).padStart(5, '0')}`,
    name: `Part ${(i * 7919 + 104729).toString(36)} ${(i * 104723).toString(16)}`,
    stock: (i * 13) % 100,
    unitPriceCents: 100 + i,
  }));
}

/** Writes a supplier feed (JSON Lines, plus `extraLines` as given) and, unless told otherwise, its ready marker. */
export function writeFeed(
  dir: string,
  records: CatalogRecord[],
  options: { ready?: boolean; extraLines?: string[] } = {},
) {
  const feedPath = path.join(dir, 'feed.jsonl');
  const lines = [...records.map((r) => JSON.stringify(r)), ...(options.extraLines ?? [])];
  writeFileSync(feedPath, `${lines.join('\n')}\n`);
  if (options.ready ?? true) markReady(feedPath);
  return feedPath;
}

export function markReady(feedPath: string): void {
  writeFileSync(`${feedPath}.ready`, '');
}

/** Every line the import wrote to the store, oldest first. */
export function storeLog(storePath: string): Array<CatalogRecord & { line: number; attempt: number }> {
  if (!existsSync(storePath)) return [];
  return readFileSync(storePath, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as CatalogRecord & { line: number; attempt: number });
}

/** An inventory store as ImportCatalogWorkflow leaves it. */
export function writeStore(dir: string, records: CatalogRecord[]): string {
  const storePath = path.join(dir, 'store.jsonl');
  writeFileSync(storePath, records.map((r, i) => `${JSON.stringify({ ...r, line: i + 1, attempt: 1 })}\n`).join(''));
  return storePath;
}

/** A supplier's price list: SKU -> unit price and how many it can deliver. */
export function writePriceList(dir: string, supplier: string, offers: Record<string, [number, number]>): void {
  const list = Object.fromEntries(
    Object.entries(offers).map(([sku, [unitPriceCents, available]]) => [sku, { unitPriceCents, available }]),
  );
  writeFileSync(path.join(dir, `${supplier}.json`), JSON.stringify(list));
}
