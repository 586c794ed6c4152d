import type { MachineInfo } from '../machine';
import type { ScaleReport, ScaleRun } from './scale-phase';
import { saturation, scaleToMarkdown } from './scale-report';

const machine: MachineInfo = {
  cpuModel: 'test',
  cpuCount: 2,
  memoryGb: 8,
  loadAverageStart: [1],
  loadAverageEnd: [1],
  node: 'v20',
  temporalSdk: '1.24.0',
  temporalCli: 'temporal',
  server: 'both',
};

function clusterRun(workerProcesses: number, workflowsPerSecond: number, postgres: number): ScaleRun {
  return {
    target: 'cluster',
    workload: 'greeting',
    load: 'closed loop, 50 in flight',
    workerProcesses,
    completed: 300,
    totalCompleted: 400,
    failed: 0,
    failureReasons: {},
    workflowsPerSecond,
    latencyMs: { p50: 100, p95: 200, p99: 300, mean: 120 },
    cpuMsPerWorkflow: { frontend: 5, 'history-1': 10, 'history-2': 8, postgres, workers: 20, 'load generator': 2 },
    cores: { ours: 1.5, others: 0.5 },
  };
}

const report: ScaleReport = {
  mode: 'full',
  startedAt: 'start',
  finishedAt: 'end',
  machine,
  servers: { cluster: 'cluster', 'dev server': 'dev server' },
  runs: [
    clusterRun(1, 20, 25),
    clusterRun(2, 30, 20),
    { ...clusterRun(1, 35, 0), target: 'dev server', cpuMsPerWorkflow: { 'dev server': 15, workers: 20 } },
  ],
};

test('the model reads the fastest cluster run: the process with the most CPU per workflow saturates first', () => {
  const model = saturation(report, 'greeting')!;
  expect(model.from.workerProcesses).toBe(2);
  // One core each: 1000 ms / CPU ms per workflow; the workers and the load generator are not the service.
  expect(model.ceilings).toEqual([
    { role: 'postgres', workflowsPerSecond: 50 },
    { role: 'history-1', workflowsPerSecond: 100 },
    { role: 'history-2', workflowsPerSecond: 125 },
    { role: 'frontend', workflowsPerSecond: 200 },
  ]);
  // 50/s of 20 ms each.
  expect(model.workerCoresAtCeiling).toBe(1);
  // 2 cores at 65 ms per workflow in all.
  expect(model.thisMachine).toEqual({ busyCores: 2, cpuCount: 2, allCoresRate: 30.8 });
});

test('no model for a workload the cluster did not run', () => {
  expect(saturation(report, 'order')).toBeUndefined();
});

test('the table has a column per process, empty where a server has no such process', () => {
  const lines = scaleToMarkdown(report).split('\n');
  expect(lines).toContain(
    '| server | workload | load | workers | wf/s | p50 ms | p95 ms | failed | frontend | history-1 | history-2 | ' +
      'postgres | dev server | workers | load generator | cores ours / others |',
  );
  expect(lines).toContain(
    '| dev server | greeting | closed loop, 50 in flight | 1 | 35 | 100 | 200 | 0 | – | – | – | – | 15 | 20 | – | 1.5 / 0.5 |',
  );
});
