import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BatchStore } from '@reference/batch-store';
import { waitFor } from '@reference/testing/wait';
import { type BatchWorkflow, batchProgressQuery } from '@reference/workflows';
import { run } from './processes';
import { useServerForProcesses } from './worker-process';

const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');
// Starter and worker share a private state folder of their own: the generated sources and the store go there.
const tmp = mkdtempSync(path.join(tmpdir(), 'batch-starter-'));
const stateDir = path.join(tmp, `temporal-reference-${process.getuid?.() ?? 'user'}`);
// 2 ms a record: pages of 100 take 0.2 s, so a batch runs long enough to pause.
const e2e = useServerForProcesses({ worker: true, env: { TMPDIR: tmp, BATCH_RECORD_MS: '2' } });

const starter = (...args: string[]) => run('node', [starterMain, ...args], { env: e2e.env });

test('batch start --watch: a progress bar, then every record once in the store over several runs', async () => {
  const { code, stdout, stderr } = await starter(
    ...['batch', 'start', '--records', '3000', '--invalid', '3', '--page', '100', '--window', '4'],
    ...['--max-history-events', '120', '--watch'],
  );
  expect({ code, stderr: code === 0 ? '' : stderr }).toEqual({ code: 0, stderr: '' });
  const [started, completed, counts, ...failures] = stdout.trimEnd().split('\n');
  const id = /^Started (batch-[0-9a-f]{8}): /.exec(started ?? '')?.[1] ?? '';
  expect(started).toBe(`Started ${id}: ${stateDir}/batches/${id}.jsonl into ${stateDir}/batch.sqlite`);
  expect(completed).toMatch(
    new RegExp(`^Completed ${id}: 3000 records in [\\d.]+ s \\(\\d+ records/s\\), [2-9] runs$`),
  );
  expect(counts).toBe('2997 processed (2997 stored, 0 found stored already), 3 failed');
  expect(failures.map((line) => line.split(':')[0])).toEqual(['  line 1000', '  line 2000', '  line 3000']);
  // Off a terminal the bar is a line every 2 s, and the last at the end.
  expect(stderr.trimEnd().split('\n').at(-1)).toContain('100% | 3000/3000 records | 3 failed | 0 pages in flight');
  expect(BatchStore.at(path.join(stateDir, 'batch.sqlite')).counts(id)).toEqual({ records: 2997, rejects: 3 });
});

test('batch start, then batch watch until it completes: its result, and each of the 2000 records once in the store', async () => {
  const started = await starter('batch', 'start', '--records', '2000', '--page', '50', '--window', '2');
  expect(started.code).toBe(0);
  const id = /^Started (batch-[0-9a-f]{8}): /.exec(started.stdout)?.[1] ?? '';
  expect(id).not.toBe('');

  const watched = await starter('batch', 'watch', id);
  expect({ code: watched.code, stderr: watched.code === 0 ? '' : watched.stderr }).toEqual({ code: 0, stderr: '' });
  const [completed, counts, ...rest] = watched.stdout.trimEnd().split('\n');
  expect(completed).toMatch(
    new RegExp(`^Completed ${id}: 2000 records in [\\d.]+ s \\(\\d+ records/s\\), \\d+ runs?$`),
  );
  // A page retried after its commit finds its records stored already: the split may vary, the sum may not.
  const [, stored, storedAlready] =
    /^2000 processed \((\d+) stored, (\d+) found stored already\), 0 failed$/.exec(counts ?? '') ?? [];
  expect(Number(stored) + Number(storedAlready)).toBe(2000);
  expect(rest).toEqual([]);
  expect(watched.stderr.trimEnd().split('\n').at(-1)).toContain(
    '100% | 2000/2000 records | 0 failed | 0 pages in flight',
  );

  // Every line of the generated source is a row, once (the primary key is batch and SKU), with its values.
  const source = readFileSync(path.join(stateDir, 'batches', `${id}.jsonl`), 'utf8')
    .trimEnd()
    .split('\n');
  const store = BatchStore.at(path.join(stateDir, 'batch.sqlite'));
  expect(store.counts(id)).toEqual({ records: 2000, rejects: 0 });
  expect(store.records(id).map(({ line, sku, priceCents }) => ({ line, sku, priceCents }))).toEqual(
    source.map((text, index) => ({ line: index + 1, ...(JSON.parse(text) as { sku: string; priceCents: number }) })),
  );
});

test('batch pause, resume, then cancel: the watch of the ended batch says how far it got', async () => {
  const started = await starter('batch', 'start', '--records', '20000', '--page', '100', '--window', '2');
  const id = /Started (batch-[0-9a-f]{8})/.exec(started.stdout)?.[1] ?? '';
  const handle = e2e.server.client.workflow.getHandle<typeof BatchWorkflow>(id);

  expect((await starter('batch', 'pause', id)).stdout).toBe(`Pause sent to ${id}; \`batch watch ${id}\` shows it\n`);
  const progress = () => handle.query(batchProgressQuery);
  await waitFor(async () => (await progress()).status === 'paused' && (await progress()).inFlight === 0, 'paused');
  const pausedAt = (await progress()).processed;
  expect((await starter('batch', 'resume', id)).code).toBe(0);
  await waitFor(async () => (await progress()).processed > pausedAt, 'it goes on');

  expect((await starter('cancel', id)).stdout).toBe(`Cancellation requested for ${id}\n`);
  const watched = await starter('batch', 'watch', id);
  expect(watched.code).toBe(0);
  const [cancelled, counts] = watched.stdout.trimEnd().split('\n');
  expect(cancelled).toMatch(
    new RegExp(`^Cancelled ${id} after (\\d+)00 of 20000 records \\(.*\\): (\\d+) of 200 pages done`),
  );
  const result = await handle.result();
  expect(counts).toBe(`${result.processed} processed (${result.processed} stored, 0 found stored already), 0 failed`);
  expect(BatchStore.at(path.join(stateDir, 'batch.sqlite')).counts(id).records).toBe(result.processed);
  expect((await starter('batch', 'pause', id)).stderr).toBe(`error: ${id} has ended (completed)\n`);
});
