import path from 'node:path';
import { CancelledFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { readStoreLog } from './catalog-store';
import { importCatalogFile, type ImportProgress } from './import-catalog-file';
import { products, scratchDir, writeLines } from './test-files';

function feedWith(lines: unknown[]): { feedPath: string; storePath: string } {
  const dir = scratchDir();
  return { feedPath: writeLines(path.join(dir, 'feed.jsonl'), lines), storePath: path.join(dir, 'store.jsonl') };
}

test('a first attempt imports every valid line, rejects the others and heartbeats after each line', async () => {
  const files = feedWith([...products(3), 'not json', { sku: 'X' }, '']);
  const env = new MockActivityEnvironment();
  const heartbeats: ImportProgress[] = [];
  env.on('heartbeat', (details: ImportProgress) => heartbeats.push(details));

  const result = await env.run(importCatalogFile, { ...files, writesPerSecond: 1000 });

  expect(result).toEqual({ linesDone: 5, imported: 3, rejected: 2, resumedFrom: 0, attempt: 1 });
  expect(heartbeats.map((h) => h.linesDone)).toEqual([1, 2, 3, 4, 5]);
  expect((await readStoreLog(files.storePath)).map((r) => r.sku)).toEqual(['SKU-1', 'SKU-2', 'SKU-3']);
});

test('a retry resumes after the line its last heartbeat covered, keeping the counts', async () => {
  const files = feedWith(products(6));
  const checkpoint: ImportProgress = { linesDone: 4, imported: 4, rejected: 0 };
  const env = new MockActivityEnvironment({ attempt: 3, heartbeatDetails: checkpoint });

  const result = await env.run(importCatalogFile, { ...files, writesPerSecond: 1000 });

  expect(result).toEqual({ linesDone: 6, imported: 6, rejected: 0, resumedFrom: 4, attempt: 3 });
  const log = await readStoreLog(files.storePath);
  expect(log.map((r) => [r.sku, r.line, r.attempt])).toEqual([
    ['SKU-5', 5, 3],
    ['SKU-6', 6, 3],
  ]);
});

test('cancellation stops the import between two records with a CancelledFailure', async () => {
  const files = feedWith(products(100));
  const env = new MockActivityEnvironment();
  const running = env.run(importCatalogFile, { ...files, writesPerSecond: 100 });
  // Cancelled once a record is in: its heartbeat says so, however slowly the machine runs.
  env.once('heartbeat', () => env.cancel());

  await expect(running).rejects.toBeInstanceOf(CancelledFailure);
  const written = (await readStoreLog(files.storePath)).length;
  expect(written).toBeGreaterThan(0);
  expect(written).toBeLessThan(100);
});
