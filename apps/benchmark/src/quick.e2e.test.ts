import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { BenchmarkReport } from './report';

const out = mkdtempSync(path.join(tmpdir(), 'bench-quick-'));
let report: BenchmarkReport;

beforeAll(async () => {
  // What `pnpm bench --quick` runs: its own dev server and worker processes, a few seconds per phase.
  const { TEMPORAL_ADDRESS: _ignored, ...env } = process.env;
  await promisify(execFile)('node', [path.join(__dirname, '../dist/main.js'), '--quick', '--out', out], {
    env,
    // The peers phase adds a few seconds per peer, and on a clean clone the Python peer's venv (pip from PyPI).
    timeout: 400_000,
  });
  report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8')) as BenchmarkReport;
}, 420_000);

test('every run did work and measured throughput, latency, worker CPU and memory', () => {
  expect(report.runs.filter((r) => r.workload === 'greeting').map((r) => r.config)).toEqual([
    'defaults',
    'defaults',
    '2 processes',
  ]);
  for (const run of report.runs) {
    expect(run.failed).toBe(0);
    // Numbers, not speeds: on a loaded machine a 3 s window may end before a workflow does.
    expect(run.totalCompleted).toBeGreaterThan(0);
    expect(run.workflowsPerSecond).toBeGreaterThanOrEqual(0);
    expect(run.latencyMs.p99).toBeGreaterThanOrEqual(run.latencyMs.p95);
    expect(run.latencyMs.p95).toBeGreaterThanOrEqual(run.latencyMs.p50);
    expect(run.workerCpuMsPerWorkflow).toBeGreaterThan(0);
    expect(run.workerRssMb).toBeGreaterThan(50);
  }
  expect(report.runs.some((r) => r.latencyMs.p50 > 0)).toBe(true);
});

test('orders ran in closed and open loop', () => {
  const orders = report.runs.filter((r) => r.workload === 'order');
  expect(orders.map((r) => r.load)).toEqual([
    expect.stringMatching(/^closed loop/),
    expect.stringMatching(/^open loop/),
  ]);
  expect(orders.reduce((sum, r) => sum + r.totalCompleted, 0)).toBeGreaterThan(0);
});

test('cold start, cached-workflow memory and fan-out have numbers', () => {
  expect(report.coldStarts[0]?.medianMs).toBeGreaterThan(0);
  expect(report.cachedMemory?.parkedWorkflows).toBe(50);
  expect(report.cachedMemory?.rssAfterMb).toBeGreaterThan(0);
  expect(report.fanOut?.activities).toBe(50);
  expect(report.fanOut?.wallMs).toBeGreaterThan(0);
  expect(report.machine.temporalSdk).toBe('1.24.0');
});

test('writes the markdown table and the SVG chart beside the JSON', () => {
  expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toMatch(
    /\| greeting \| closed loop, 10 in flight \| defaults \| [\d.]+ \|/,
  );
  const svg = readFileSync(path.join(out, 'report.svg'), 'utf8');
  expect(svg).toMatch(/^<svg /);
  // Every run's label and latency whole: Vega truncates a label past its limit with an ellipsis.
  for (const run of report.runs) {
    expect(svg).toContain(`${run.workload} · ${run.config} · ${run.load}`);
    expect(svg).toContain(`p50 ${run.latencyMs.p50} · p95 ${run.latencyMs.p95} · p99 ${run.latencyMs.p99} ms`);
  }
  expect(svg).not.toContain('…');
});

test('the peers phase ran the greeting on the project worker and the floor, then any others', () => {
  const { peers } = report;
  expect(peers.runs.map((r) => r.peer).slice(0, 2)).toEqual(['project worker', 'TypeScript floor']);
  for (const { loads, figures } of peers.runs) {
    for (const load of [loads.atConcurrency, loads.atOne]) {
      expect(load.failed).toBe(0);
      expect(load.totalCompleted).toBeGreaterThan(0);
    }
    expect(figures.cpuMsPerWorkflow).toBeGreaterThan(0);
    expect(figures.cpuMsPerWorkflowAtOne).toBeGreaterThan(0);
    expect(figures.rssMb).toBeGreaterThan(0);
  }
  const [project, floor] = peers.runs;
  expect(floor?.toFloor.cpuMsPerWorkflow).toBe(1);
  const ratio = (project?.figures.cpuMsPerWorkflow ?? 0) / (floor?.figures.cpuMsPerWorkflow ?? 1);
  expect(project?.toFloor.cpuMsPerWorkflow).toBeCloseTo(ratio, 1);
});

// A machine without python3 cannot run the Python peer: the test is skipped there, and named in the summary. With
// python3, a peer the bench skipped anyway (pip failed) fails the test with the bench's reason, never passes without it.
const withPython = spawnSync('python3', ['--version']).status === 0 ? test : test.skip;
withPython('the peers phase ran the greeting on the Python worker too', () => {
  expect(report.peers.python).toHaveProperty('temporalio');
  expect(report.peers.runs.map((r) => r.peer)).toEqual(['project worker', 'TypeScript floor', 'Python worker']);
});

test('writes the peers table and chart', () => {
  expect(readFileSync(path.join(out, 'report.md'), 'utf8')).toMatch(
    /\| TypeScript floor \| 1 \| [\d.]+ \(1×\) \| [\d.]+ \(1×\) \|/,
  );
  const svg = readFileSync(path.join(out, 'peers.svg'), 'utf8');
  expect(svg).toMatch(/^<svg /);
  for (const run of report.peers.runs) expect(svg).toContain(run.peer);
  expect(svg).not.toContain('…');
});
