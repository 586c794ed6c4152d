import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CatalogRecord } from './catalog-record';

export function scratchDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'catalog-activities-'));
}

/** `count` products whose names (random-looking hex) are no near-duplicates of each other. */
export function products(count: number): CatalogRecord[] {
  return Array.from({ length: count }, (_, i) => {
    const sku = `SKU-${i + 1}`;
    const name = `Part ${createHash('sha1').update(sku).digest('hex').slice(0, 16)}`;
    return { sku, name, stock: i % 50, unitPriceCents: 100 + i };
  });
}

export function writeLines(file: string, lines: unknown[]): string {
  writeFileSync(file, lines.map((l) => `${typeof l === 'string' ? l : JSON.stringify(l)}\n`).join(''));
  return file;
}
