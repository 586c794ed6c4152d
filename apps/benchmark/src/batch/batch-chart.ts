import type { TopLevelSpec } from 'vega-lite';
import { chartConfig } from '../charts/render-svg';
import type { BatchBenchReport, BatchBenchRun } from './batch-phase';

/**
 * The batches grouped by the worker process they ran on, each batch's samples placed after the batches before it
 * on that worker, so a panel shows the worker's RSS over its life as batch follows batch.
 */
function workerTimelines(runs: BatchBenchRun[]) {
  const workers: Array<Array<{ batch: string; seconds: number; rssMb: number }>> = [];
  let offset = 0;
  for (const run of runs) {
    if (run.ownWorker || workers.length === 0) {
      workers.push([]);
      offset = 0;
    }
    const timeline = workers.at(-1) ?? [];
    for (const s of run.samples) timeline.push({ batch: run.label, seconds: offset + s.seconds, rssMb: s.rssMb });
    offset += run.samples.at(-1)?.seconds ?? 0;
  }
  return workers;
}

/** The worker's RSS over time, a panel per worker process (left), and each batch's records per second (right). */
export function batchChart(report: BatchBenchReport, title: string): TopLevelSpec {
  const rates = report.runs.map((run) => ({
    batch: run.label,
    recordsPerSecond: run.recordsPerSecond,
    text: `${run.recordsPerSecond.toLocaleString('en')}/s, ${run.runs} run${run.runs > 1 ? 's' : ''}`,
  }));
  const workers = workerTimelines(report.runs);
  const maxRss = Math.max(...workers.flat().map((s) => s.rssMb));
  const color = {
    field: 'batch',
    type: 'nominal',
    // The plan's order, not the alphabet's.
    scale: { domain: report.runs.map((run) => run.label) },
    legend: { orient: 'bottom', columns: 1, title: null, labelLimit: 0 },
  } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    config: chartConfig,
    hconcat: [
      ...workers.map((samples, i) => ({
        title: { text: `worker process ${i + 1}`, fontSize: 12 },
        width: workers.length > 1 ? 240 : 420,
        height: 260,
        data: { values: samples },
        mark: { type: 'line' as const, point: { size: 12 } },
        encoding: {
          x: {
            field: 'seconds',
            type: 'quantitative' as const,
            title: 'seconds of batches on this worker',
            scale: { zero: true },
          },
          y: {
            field: 'rssMb',
            type: 'quantitative' as const,
            title: 'worker RSS, MB',
            scale: { domain: [0, maxRss] },
          },
          color,
        },
      })),
      {
        width: 260,
        height: 260,
        data: { values: rates },
        layer: [
          {
            mark: 'bar',
            encoding: {
              y: { field: 'batch', type: 'nominal', sort: null, axis: null },
              x: { field: 'recordsPerSecond', type: 'quantitative', title: 'records/s' },
              color,
            },
          },
          {
            mark: { type: 'text', align: 'left', dx: 4 },
            encoding: {
              y: { field: 'batch', type: 'nominal', sort: null, axis: null },
              x: { field: 'recordsPerSecond', type: 'quantitative' },
              text: { field: 'text' },
            },
          },
        ],
      },
    ],
  };
}
