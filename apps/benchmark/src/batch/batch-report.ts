import type { BatchBenchReport, BatchBenchRun } from './batch-phase';

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

function runRow(run: BatchBenchRun): string {
  return row([
    run.label,
    run.records.toLocaleString('en'),
    run.window,
    run.pageSize,
    run.bound.toLocaleString('en'),
    (run.wallMs / 1000).toFixed(1),
    run.recordsPerSecond.toLocaleString('en'),
    run.runs,
    run.longestHistory.toLocaleString('en'),
    `${run.rssMb.before} / ${run.rssMb.peak} / ${run.rssMb.end}`,
    run.liveHeapAfterMb,
    Math.round((run.workerCpuMs / run.records) * 1000) / 1000,
    run.exactlyOnce ? 'yes' : 'NO',
    run.loadAverage[0] ?? '',
  ]);
}

/** The batch phase as Markdown: one row per batch, then the machine and its load. */
export function batchToMarkdown(report: BatchBenchReport): string {
  const { machine } = report;
  return [
    `# Batches (${report.mode}), ${report.startedAt} – ${report.finishedAt}`,
    '',
    row([
      'batch',
      'records',
      'window',
      'page',
      'history bound',
      'wall s',
      'records/s',
      'runs',
      'longest history',
      'worker RSS MB before / peak / end',
      'main-thread live heap MB after',
      'worker CPU ms per record',
      'each record once',
      'load average at the end',
    ]),
    row(Array<string>(14).fill('---')),
    ...report.runs.map(runRow),
    '',
    `${machine.cpuCount} × ${machine.cpuModel}, ${machine.memoryGb} GB; Node ${machine.node}; SDK ${machine.temporalSdk}; ` +
      `${machine.temporalCli}; server: ${machine.server}; load average ${machine.loadAverageStart.join(' ')} at the ` +
      `start, ${machine.loadAverageEnd.join(' ')} at the end.`,
    '',
  ].join('\n');
}
