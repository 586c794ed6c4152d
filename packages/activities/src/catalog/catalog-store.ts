import { appendFileSync, closeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { openPrivateFile } from '@reference/local-state';
import type { CatalogRecord } from './catalog-record';

/** A stored record and where it came from: the feed line and the activity attempt that wrote it. */
export interface StoredRecord extends CatalogRecord {
  line: number;
  attempt: number;
}

/**
 * The inventory store: an append-only JSON Lines file in which the last line for a SKU wins. Writing a record
 * twice (an attempt that resumes a little before where the last one stopped) is therefore harmless. It is written
 * 0600 and never through a link, as everything the project keeps.
 */
export function upsertRecord(storePath: string, record: StoredRecord): void {
  const fd = openPrivateFile(storePath);
  try {
    appendFileSync(fd, `${JSON.stringify(record)}\n`);
  } finally {
    closeSync(fd);
  }
}

/** Every line written so far, oldest first (the import's audit trail). */
export async function readStoreLog(storePath: string): Promise<StoredRecord[]> {
  const text = await readFile(storePath, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as StoredRecord);
}

/** The current record per SKU. */
export async function readStore(storePath: string): Promise<Map<string, StoredRecord>> {
  return new Map((await readStoreLog(storePath)).map((record) => [record.sku, record]));
}
