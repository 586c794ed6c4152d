import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../processes';

const benchMain = path.join(path.dirname(require.resolve('@reference/benchmark/package.json')), 'dist/main.js');

/** What this test reads of the benchmark's scale.json. */
interface ScaleRun {
  target: string;
  workload: string;
  workerProcesses: number;
  failed: number;
  totalCompleted: number;
  cpuMsPerWorkflow: Record<string, number>;
}

// `pnpm bench --cluster --quick`: the scale-out phase's smoke run, numbers present and no timed assertion; the full
// run (1, 2 and 4 worker processes, 15 s windows) is on demand, its figures in BENCHMARKS.md.
test('the scale-out benchmark runs greeting and order on the cluster and a dev server, with the CPU split', async () => {
  const out = mkdtempSync(path.join(tmpdir(), 'bench-scale-'));
  const { code, stderr } = await run('node', [benchMain, '--cluster', '--quick', '--out', out]);
  expect({ code, stderr: stderr.split('\n').filter((line) => line.startsWith('bench:')) }).toEqual({
    code: 0,
    stderr: [],
  });
  const { runs } = JSON.parse(readFileSync(path.join(out, 'scale.json'), 'utf8')) as { runs: ScaleRun[] };
  expect(runs.map((r) => `${r.target} ${r.workload} ${r.workerProcesses}`)).toEqual([
    'cluster greeting 1',
    'cluster order 1',
    'dev server greeting 1',
    'dev server order 1',
  ]);
  const clusterProcesses = ['frontend', 'history-1', 'history-2', 'matching', 'internal worker', 'postgres'];
  for (const each of runs) {
    expect(each.failed).toBe(0);
    expect(each.totalCompleted).toBeGreaterThan(0);
    const service = each.target === 'cluster' ? clusterProcesses : ['dev server'];
    expect(Object.keys(each.cpuMsPerWorkflow).sort()).toEqual([...service, 'load generator', 'workers'].sort());
    // Every process of the service and the workers did work for it.
    for (const role of [...service.filter((name) => name !== 'internal worker'), 'workers']) {
      expect([role, each.cpuMsPerWorkflow[role]]).toEqual([role, expect.any(Number)]);
      expect(each.cpuMsPerWorkflow[role]).toBeGreaterThan(0);
    }
  }
  expect(readFileSync(path.join(out, 'scale.md'), 'utf8')).toMatch(/saturates first, at about/);
}, 240_000);
