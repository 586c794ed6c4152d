import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BatchStore } from '.';

let file: string;
let store: BatchStore;
beforeEach(() => {
  file = path.join(mkdtempSync(path.join(tmpdir(), 'batch-store-')), 'nested', 'batch.sqlite');
  store = BatchStore.at(file);
});
afterEach(() => store.close());

const page = (records: Array<[sku: string, line: number]>, attempt = 1) => ({
  batchId: 'batch-1',
  page: 0,
  attempt,
  records: records.map(([sku, line]) => ({ sku, priceCents: 100, line })),
  rejects: [],
});

test('a page stored twice is one row per record: the second time finds them all and writes nothing', () => {
  const records: Array<[string, number]> = [
    ['SKU-1', 1],
    ['SKU-2', 2],
  ];
  expect(store.storePage(page(records))).toEqual({ stored: 2, alreadyStored: 0, duplicates: [] });
  expect(store.storePage(page(records, 2))).toEqual({ stored: 0, alreadyStored: 2, duplicates: [] });
  expect(store.records('batch-1')).toEqual([
    { sku: 'SKU-1', priceCents: 100, line: 1, page: 0, attempt: 1 },
    { sku: 'SKU-2', priceCents: 100, line: 2, page: 0, attempt: 1 },
  ]);
});

test('a later line with a stored SKU is a duplicate: rejected with the line that holds it, not stored', () => {
  store.storePage(page([['SKU-1', 1]]));
  const outcome = store.storePage({ ...page([['SKU-1', 7]]), rejects: [{ line: 8, reason: 'not JSON' }] });
  expect(outcome).toEqual({
    stored: 0,
    alreadyStored: 0,
    duplicates: [{ line: 7, reason: 'sku: SKU-1 is already stored, from line 1' }],
  });
  expect(store.rejects('batch-1')).toEqual([
    { line: 7, reason: 'sku: SKU-1 is already stored, from line 1' },
    { line: 8, reason: 'not JSON' },
  ]);
  expect(store.counts('batch-1')).toEqual({ records: 1, rejects: 2 });
  expect(store.counts('batch-2')).toEqual({ records: 0, rejects: 0 });
});
