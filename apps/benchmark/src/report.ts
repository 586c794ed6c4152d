import type { CachedMemory } from './cached-memory';
import type { ColdStart } from './cold-start';
import type { FanOut } from './fan-out-phase';
import type { RunRecord } from './measure-config';
import type { MachineInfo } from './machine';
import { FLOOR_PEER } from './peers/peers';
import { peerFigureTitles, type PeersReport, withRatio } from './peers/peers-phase';

export interface BenchmarkReport {
  mode: 'quick' | 'full';
  startedAt: string;
  finishedAt: string;
  machine: MachineInfo;
  runs: RunRecord[];
  /** The configuration with the most greetings per second in the closed-loop comparison. */
  fastest: { config: string; workflowsPerSecond: number } | undefined;
  coldStarts: ColdStart[];
  cachedMemory: CachedMemory | undefined;
  fanOut: FanOut | undefined;
  peers: PeersReport;
}

/** The comparison's winner: most completed workflows per second among the greeting closed-loop runs. */
export function fastestConfig(runs: RunRecord[]): BenchmarkReport['fastest'] {
  const compared = runs.filter((r) => r.workload === 'greeting' && r.load.startsWith('closed'));
  const best = compared.reduce<RunRecord | undefined>(
    (a, b) => (!a || b.workflowsPerSecond > a.workflowsPerSecond ? b : a),
    undefined,
  );
  return best && { config: best.config, workflowsPerSecond: best.workflowsPerSecond };
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

/** The runs table: every workload, load and configuration measured on the project's worker alone. */
function runsToMarkdown(runs: RunRecord[]): string[] {
  return [
    row([
      'workload',
      'load',
      'worker config',
      'workflows/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'failed',
      'worker CPU ms/wf',
      'worker RSS MB',
    ]),
    row(Array.from({ length: 10 }, (_, i) => (i < 3 ? '---' : '---:'))),
    ...runs.map((r) =>
      row([
        r.workload,
        r.load,
        r.config + (r.clientInWorker ? ' ¹' : ''),
        r.workflowsPerSecond,
        r.latencyMs.p50,
        r.latencyMs.p95,
        r.latencyMs.p99,
        r.failed,
        r.workerCpuMsPerWorkflow,
        r.workerRssMb,
      ]),
    ),
    '',
    '¹ the load generator runs inside the worker process (eager start needs it), so its CPU time and memory count too.',
    '',
  ];
}

/** The peers table: each figure, and in brackets its ratio to the floor worker's in the same round. */
function peersToMarkdown(peers: PeersReport): string[] {
  const figures = peerFigureTitles(peers.concurrency);
  const python =
    'skipped' in peers.python
      ? `The Python worker was skipped: ${peers.python.skipped}.`
      : `The Python worker ran on temporalio ${peers.python.temporalio} (PyPI).`;
  return [
    `Peers: the same greeting (\`GreetingWorkflow\` by its wire name on my-task-queue, from a client with the default ` +
      `data converter) against each worker in turn, a fresh process each; in brackets, the ratio to the ${FLOOR_PEER} ` +
      `of the same round. ${python}`,
    '',
    row(['worker', 'round', ...figures.map((f) => f.title), 'failed']),
    row(['---', ...Array.from({ length: figures.length + 2 }, () => '---:')]),
    ...peers.runs.map((run) =>
      row([
        run.peer,
        run.round,
        ...figures.map(({ key }) => withRatio(run.figures[key], run.toFloor[key])),
        run.loads.atConcurrency.failed + run.loads.atOne.failed,
      ]),
    ),
    '',
  ];
}

/** The report as markdown: the runs table, then cold start, cache memory, fan-out and the peers. */
export function toMarkdown(report: BenchmarkReport): string {
  const { machine } = report;
  const lines = [
    `Benchmark (${report.mode}) ${report.startedAt} → ${report.finishedAt}`,
    '',
    `Machine: ${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGb} GB; load average ${machine.loadAverageStart.join(' / ')} at start, ` +
      `${machine.loadAverageEnd.join(' / ')} at the end. Node ${machine.node}, @temporalio/* ${machine.temporalSdk}, ${machine.temporalCli}; server: ${machine.server}.`,
    '',
  ];
  if (report.runs.length) lines.push(...runsToMarkdown(report.runs));
  if (report.fastest)
    lines.push(
      `Fastest configuration (greeting, closed loop): **${report.fastest.config}**, ${report.fastest.workflowsPerSecond} workflows/s.`,
      '',
    );
  if (report.coldStarts.length) {
    lines.push(row(['worker cold start (spawn → polling)', 'median ms', 'runs ms']), row(['---', '---:', '---']));
    for (const c of report.coldStarts) lines.push(row([`${c.source} (${c.script})`, c.medianMs, c.runsMs.join(', ')]));
    lines.push('');
  }
  if (report.cachedMemory) {
    const m = report.cachedMemory;
    lines.push(
      `Worker RSS per 1,000 cached workflows: **${m.rssPer1000WorkflowsMb} MB** (${m.parkedWorkflows} orders parked on a signal; RSS ${m.rssBeforeMb} → ${m.rssAfterMb} MB).`,
      '',
    );
  }
  if (report.fanOut)
    lines.push(
      `One workflow fanning out ${report.fanOut.activities} activities: **${report.fanOut.wallMs} ms** wall time.`,
      '',
    );
  lines.push(...peersToMarkdown(report.peers));
  return lines.join('\n');
}
