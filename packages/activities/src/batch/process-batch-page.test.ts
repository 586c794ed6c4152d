import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { BatchStore } from '@reference/batch-store';
import { type BatchSource, writeSampleBatchSource } from '@reference/models';
import { type BatchPageResult, countBatchRecords, processBatchPage } from '.';

const batchId = 'test'; // MockActivityEnvironment's workflow id

function scratch(): { sourcePath: string; storePath: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'batch-page-'));
  return { sourcePath: path.join(dir, 'records.jsonl'), storePath: path.join(dir, 'batch.sqlite') };
}

async function pages(files: { sourcePath: string; storePath: string }, source: BatchSource, pageSize: number) {
  const results: BatchPageResult[] = [];
  for (let page = 0; page * pageSize < source.records; page += 1) {
    results.push(await new MockActivityEnvironment().run(processBatchPage, { ...files, source, page, pageSize }));
  }
  return results;
}

afterEach(() => {
  delete process.env.BATCH_RECORD_MS;
});

test('every page stores its valid records and reports its invalid ones; the last page is short', async () => {
  const files = scratch();
  await writeSampleBatchSource(files.sourcePath, 25, 3);
  const source = await countBatchRecords(files.sourcePath);
  expect(source.records).toBe(25);

  const results = await pages(files, source, 10);

  expect(results.map(({ page, stored, failed }) => ({ page, stored, failed }))).toEqual([
    { page: 0, stored: 9, failed: 1 },
    { page: 1, stored: 9, failed: 1 },
    { page: 2, stored: 4, failed: 1 },
  ]);
  expect(results.flatMap((r) => r.failures)).toEqual([
    { line: 9, reason: 'priceCents: Too small: expected number to be >=1' },
    { line: 17, reason: 'sku: Invalid input: expected string, received undefined' },
    { line: 25, reason: 'not JSON' },
  ]);
  const store = BatchStore.at(files.storePath);
  expect(store.counts(batchId)).toEqual({ records: 22, rejects: 3 });
  expect(store.records(batchId).map((r) => r.line)).toEqual(
    Array.from({ length: 25 }, (_, i) => i + 1).filter((line) => ![9, 17, 25].includes(line)),
  );
});

test('lines are records however the file ends: CRLF, no last newline, a blank line (invalid)', async () => {
  const files = scratch();
  writeFileSync(files.sourcePath, '{"sku":"SKU-1","priceCents":5}\r\n\r\n{"sku":"SKU-3","priceCents":7}');
  const source = await countBatchRecords(files.sourcePath);
  expect(source.records).toBe(3);
  const [result] = await pages(files, source, 10);
  expect(result).toEqual({
    page: 0,
    stored: 2,
    alreadyStored: 0,
    failed: 1,
    failures: [{ line: 2, reason: 'a blank line' }],
  });
});

test('a page run again (a retry after its commit) finds every record stored and writes nothing', async () => {
  const files = scratch();
  await writeSampleBatchSource(files.sourcePath, 10);
  const source = await countBatchRecords(files.sourcePath);
  const input = { ...files, source, page: 0, pageSize: 10 };
  await new MockActivityEnvironment().run(processBatchPage, input);

  const again = await new MockActivityEnvironment({ attempt: 2 }).run(processBatchPage, input);

  expect(again).toMatchObject({ stored: 0, alreadyStored: 10, failed: 0 });
  expect(
    BatchStore.at(files.storePath)
      .records(batchId)
      .map((r) => r.attempt),
  ).toEqual(Array(10).fill(1));
});

test('a source that is gone or has changed since it was counted fails the page for good', async () => {
  const files = scratch();
  await expect(countBatchRecords(files.sourcePath)).rejects.toMatchObject({
    type: 'BatchSourceMissing',
    nonRetryable: true,
  });
  await writeSampleBatchSource(files.sourcePath, 10);
  const source = await countBatchRecords(files.sourcePath);
  utimesSync(files.sourcePath, new Date(), new Date(Date.now() + 60_000));

  const failure = await new MockActivityEnvironment()
    .run(processBatchPage, { ...files, source, page: 0, pageSize: 10 })
    .catch((err: unknown) => err);

  expect(failure).toBeInstanceOf(ApplicationFailure);
  expect(failure).toMatchObject({ type: 'BatchSourceChanged', nonRetryable: true });
});

test('a page cancelled while it works through its records stores none of them', async () => {
  const files = scratch();
  await writeSampleBatchSource(files.sourcePath, 50);
  const source = await countBatchRecords(files.sourcePath);
  process.env.BATCH_RECORD_MS = '20';
  const env = new MockActivityEnvironment();
  env.once('heartbeat', () => env.cancel());

  await expect(env.run(processBatchPage, { ...files, source, page: 0, pageSize: 50 })).rejects.toBeInstanceOf(
    CancelledFailure,
  );
  expect(BatchStore.at(files.storePath).counts(batchId)).toEqual({ records: 0, rejects: 0 });
});
