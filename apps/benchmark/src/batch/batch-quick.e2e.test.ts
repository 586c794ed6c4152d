import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BatchBenchReport } from './batch-phase';

const out = mkdtempSync(path.join(tmpdir(), 'bench-batch-quick-'));
let report: BatchBenchReport;

beforeAll(async () => {
  // What `pnpm bench --batch --quick` runs: its own dev server, a fresh worker process per batch, small batches.
  const { TEMPORAL_ADDRESS: _ignored, ...env } = process.env;
  await promisify(execFile)('node', [path.join(__dirname, '../../dist/main.js'), '--batch', '--quick', '--out', out], {
    env,
    timeout: 240_000,
  });
  report = JSON.parse(readFileSync(path.join(out, 'batch.json'), 'utf8')) as BatchBenchReport;
}, 260_000);

test('every batch stored each record once and has its figures: records/s, runs, longest history, RSS over time', () => {
  expect(report.runs.map((run) => [run.records, run.pageSize])).toEqual([
    [2_000, 100],
    [5_000, 20],
    [200, 1],
  ]);
  for (const run of report.runs) {
    expect(run.exactlyOnce).toBe(true);
    expect(run.recordsPerSecond).toBeGreaterThan(0);
    expect(run.runs).toBeGreaterThanOrEqual(1);
    expect(run.longestHistory).toBeGreaterThan(0);
    expect(run.longestHistory).toBeLessThanOrEqual(run.bound);
    expect(run.rssMb.peak).toBeGreaterThanOrEqual(run.rssMb.before);
    expect(run.liveHeapAfterMb).toBeGreaterThan(0);
    expect(run.liveHeapAfterMb).toBeLessThan(run.rssMb.end);
    expect(run.samples[0]).toEqual({ seconds: 0, rssMb: run.rssMb.before, done: 0 });
    expect(run.samples.at(-1)?.done).toBe(run.records);
  }
  // 250 pages of 20 cannot fit in one run of the default bound: the batch continued as new.
  expect(report.runs[1]?.runs).toBeGreaterThan(1);
});

test('writes the markdown table and the chart beside the JSON', () => {
  expect(readFileSync(path.join(out, 'batch.md'), 'utf8')).toContain(
    '| 5,000 records, window 8, pages of 20, after 2,000 | 5,000 |',
  );
  const svg = readFileSync(path.join(out, 'batch.svg'), 'utf8');
  expect(svg).toMatch(/^<svg /);
  for (const run of report.runs) expect(svg).toContain(run.label);
});
