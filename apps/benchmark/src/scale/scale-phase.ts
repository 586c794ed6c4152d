import { performance } from 'node:perf_hooks';
import { runLoad } from '../load';
import { describeMachine, finish, type MachineInfo } from '../machine';
import { describeLoad, withProgress } from '../measure-config';
import type { ScalePlan } from '../plan';
import { cpuMs, machineBusyMs } from '../proc';
import { Progress } from '../progress';
import { type BenchServer, openDevServer, type ServiceProcess } from '../server';
import type { LoadResult, LoadSpec } from '../types';
import { WorkerPool } from '../worker-pool';
import { openCluster } from './cluster-server';

export type ScaleTarget = 'cluster' | 'dev server';

/** One workload on one server with a number of worker processes, and where the CPU went. */
export interface ScaleRun extends LoadResult {
  target: ScaleTarget;
  workload: LoadSpec['workload'];
  load: string;
  workerProcesses: number;
  /**
   * CPU ms per completed workflow (the run's CPU time, warm-up included, over the workflows it completed) of each
   * process of the service, of the worker processes together and of the load generator (this process).
   */
  cpuMsPerWorkflow: Record<string, number>;
  /** Cores busy on average over the run: the processes above together, and everything else on the machine. */
  cores: { ours: number; others: number };
}

export interface ScaleReport {
  mode: ScalePlan['mode'];
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  servers: Partial<Record<ScaleTarget, string>>;
  runs: ScaleRun[];
}

const TARGETS: [ScaleTarget, () => Promise<BenchServer>][] = [
  // The cluster first: a cluster that is not up is refused before anything else starts.
  ['cluster', openCluster],
  // With the server's defaults, as the cluster runs: no eager start or dispatch.
  ['dev server', () => openDevServer({ eager: false })],
];

/** Every workload on 1, 2 and 4 worker processes, on the cluster and then on a dev server of its own. */
export async function runScale(plan: ScalePlan): Promise<ScaleReport> {
  const startedAt = new Date().toISOString();
  const machine = describeMachine('the project cluster, then a dev server of its own');
  const progress = new Progress();
  const servers: ScaleReport['servers'] = {};
  const runs: ScaleRun[] = [];
  try {
    for (const [target, open] of TARGETS) {
      const server = await open();
      servers[target] = server.description;
      try {
        for (const spec of plan.workloads) {
          for (const processes of plan.workerProcesses) {
            const pool = await WorkerPool.start(server.workerEnv, {}, processes);
            try {
              runs.push(await measureRun(target, server, pool, spec, progress));
            } finally {
              await pool.stop();
            }
          }
        }
      } finally {
        await server.close();
      }
    }
  } finally {
    progress.stop();
  }
  return { mode: plan.mode, startedAt, finishedAt: new Date().toISOString(), machine: finish(machine), servers, runs };
}

/** CPU ms used so far by each role: the service's processes, the workers, this process (the load generator). */
function cpuByRole(server: BenchServer, pool: WorkerPool): Record<string, number> {
  const processes: ServiceProcess[] = [
    ...server.serviceProcesses(),
    ...pool.pids.map((pid) => ({ role: 'workers', pid, withChildren: false })),
    { role: 'load generator', pid: process.pid, withChildren: false },
  ];
  const byRole: Record<string, number> = {};
  for (const { role, pid, withChildren } of processes) byRole[role] = (byRole[role] ?? 0) + cpuMs(pid, withChildren);
  return byRole;
}

async function measureRun(
  target: ScaleTarget,
  server: BenchServer,
  pool: WorkerPool,
  spec: LoadSpec,
  progress: Progress,
): Promise<ScaleRun> {
  const workerProcesses = pool.pids.length;
  const phase = `${target} · ${spec.workload} · ${workerProcesses} worker${workerProcesses > 1 ? 's' : ''}`;
  const before = cpuByRole(server, pool);
  const busyBefore = machineBusyMs();
  const startedAt = performance.now();
  const result = await withProgress(phase, spec, progress, (onProgress) => runLoad(server.client, spec, onProgress));
  const wallMs = performance.now() - startedAt;
  const busy = machineBusyMs() - busyBefore;
  const spent = Object.entries(cpuByRole(server, pool)).map(([role, ms]) => [role, ms - (before[role] ?? 0)] as const);
  const ours = spent.reduce((sum, [, ms]) => sum + ms, 0);
  const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places;
  return {
    target,
    workload: spec.workload,
    load: describeLoad(spec),
    workerProcesses,
    ...result,
    cpuMsPerWorkflow: Object.fromEntries(
      spent.map(([role, ms]) => [role, round(ms / Math.max(1, result.totalCompleted), 1)]),
    ),
    cores: { ours: round(ours / wallMs, 2), others: round(Math.max(0, busy - ours) / wallMs, 2) },
  };
}
