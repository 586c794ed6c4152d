import type { ScaleReport, ScaleRun } from './scale-phase';

/** The CPU columns, in this order; a server's rows leave the other's processes empty. */
const ROLES = [
  'frontend',
  'history-1',
  'history-2',
  'matching',
  'internal worker',
  'postgres',
  'dev server',
  'workers',
  'load generator',
];
// Not part of the service: the workers scale out, and the load generator stands for the clients.
const CLIENT_ROLES = new Set(['workers', 'load generator']);

const totalMs = (run: ScaleRun) => Object.values(run.cpuMsPerWorkflow).reduce((sum, ms) => sum + ms, 0);
const workers = (n: number) => `${n} worker process${n > 1 ? 'es' : ''}`;
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** What one core per process would allow: each service process's ceiling, the first to saturate, the workers needed. */
export interface Saturation {
  workload: ScaleRun['workload'];
  /** The cluster run the model is read from: the one with the most throughput. */
  from: ScaleRun;
  ceilings: { role: string; workflowsPerSecond: number }[];
  /** Worker cores (one process each) busy at the first ceiling. */
  workerCoresAtCeiling: number;
  /** This machine in that run: its cores busy (ours and the rest), and the rate all its cores would allow us. */
  thisMachine: { busyCores: number; cpuCount: number; allCoresRate: number };
}

export function saturation(report: ScaleReport, workload: ScaleRun['workload']): Saturation | undefined {
  const runs = report.runs.filter((run) => run.target === 'cluster' && run.workload === workload);
  const from = runs.reduce<ScaleRun | undefined>(
    (best, run) => (!best || run.workflowsPerSecond > best.workflowsPerSecond ? run : best),
    undefined,
  );
  if (!from || from.totalCompleted === 0) return undefined;
  const ceilings = Object.entries(from.cpuMsPerWorkflow)
    .filter(([role, ms]) => !CLIENT_ROLES.has(role) && ms > 0)
    .map(([role, ms]) => ({ role, workflowsPerSecond: Math.round((1000 / ms) * 10) / 10 }))
    .sort((a, b) => a.workflowsPerSecond - b.workflowsPerSecond);
  const first = ceilings[0]?.workflowsPerSecond ?? 0;
  const { cpuCount } = report.machine;
  return {
    workload,
    from,
    ceilings,
    workerCoresAtCeiling: Math.round(((first * (from.cpuMsPerWorkflow.workers ?? 0)) / 1000) * 10) / 10,
    thisMachine: {
      busyCores: Math.round((from.cores.ours + from.cores.others) * 100) / 100,
      cpuCount,
      allCoresRate: Math.round(((cpuCount * 1000) / totalMs(from)) * 10) / 10,
    },
  };
}

function saturationLines(model: Saturation): string[] {
  const [first, second] = model.ceilings;
  if (!first) return [];
  return [
    `- **${model.workload}** (from the cluster run with ${workers(model.from.workerProcesses)}): with a core ` +
      `for each process, **${first.role}** saturates first, at about **${first.workflowsPerSecond}/s** ` +
      `(${model.from.cpuMsPerWorkflow[first.role]} ms of CPU per workflow)` +
      (second ? `, then ${second.role} at ${second.workflowsPerSecond}/s` : '') +
      `; the workers would need ${model.workerCoresAtCeiling} cores at that rate. Ceilings: ` +
      model.ceilings.map((c) => `${c.role} ${c.workflowsPerSecond}/s`).join(', ') +
      `. On this machine ${model.thisMachine.busyCores} of its ${model.thisMachine.cpuCount} cores were busy ` +
      `(${model.from.cores.others} of them for the rest of the machine): at ${totalMs(model.from).toFixed(1)} ms ` +
      `of CPU per workflow in all, its cores to ourselves would allow ${model.thisMachine.allCoresRate}/s.`,
  ];
}

/** The scale table (CPU ms per workflow per process) and the saturation model, as markdown. */
export function scaleToMarkdown(report: ScaleReport): string {
  const roles = ROLES.filter((role) => report.runs.some((run) => role in run.cpuMsPerWorkflow));
  const { machine } = report;
  return [
    `Scale-out (${report.mode}) ${report.startedAt} → ${report.finishedAt}`,
    '',
    `Machine: ${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGb} GB; load average ` +
      `${machine.loadAverageStart.join(' / ')} at start, ${machine.loadAverageEnd.join(' / ')} at the end. ` +
      `Node ${machine.node}, @temporalio/* ${machine.temporalSdk}, ${machine.temporalCli}. Servers: ` +
      Object.entries(report.servers)
        .map(([target, description]) => `${target}: ${description}`)
        .join('; ') +
      '.',
    '',
    'CPU columns: ms of CPU per completed workflow, by process (warm-up included); cores: busy on average, ours and ' +
      'the rest of the machine.',
    '',
    row([
      'server',
      'workload',
      'load',
      'workers',
      'wf/s',
      'p50 ms',
      'p95 ms',
      'failed',
      ...roles,
      'cores ours / others',
    ]),
    row(['---', '---', '---', ...Array.from({ length: roles.length + 6 }, () => '---:')]),
    ...report.runs.map((run) =>
      row([
        run.target,
        run.workload,
        run.load,
        run.workerProcesses,
        run.workflowsPerSecond,
        run.latencyMs.p50,
        run.latencyMs.p95,
        run.failed,
        ...roles.map((role) => run.cpuMsPerWorkflow[role] ?? '–'),
        `${run.cores.ours} / ${run.cores.others}`,
      ]),
    ),
    '',
    'Saturation model: a process with a core of its own serves at most 1000 / (its CPU ms per workflow) workflows a ' +
      'second.',
    '',
    ...(['greeting', 'order'] as const).flatMap((workload) => {
      const model = saturation(report, workload);
      return model ? saturationLines(model) : [];
    }),
    '',
  ].join('\n');
}
