import type { TopLevelSpec } from 'vega-lite';
import { chartConfig } from '../charts/render-svg';
import type { BatchBenchReport } from './batch-phase';

/** The worker's RSS over time for each batch (left), and each batch's records per second (right). */
export function batchChart(report: BatchBenchReport, title: string): TopLevelSpec {
  const samples = report.runs.flatMap((run) => run.samples.map((s) => ({ batch: run.label, ...s })));
  const rates = report.runs.map((run) => ({
    batch: run.label,
    recordsPerSecond: run.recordsPerSecond,
    text: `${run.recordsPerSecond.toLocaleString('en')}/s, ${run.runs} run${run.runs > 1 ? 's' : ''}`,
  }));
  const color = {
    field: 'batch',
    type: 'nominal',
    legend: { orient: 'bottom', columns: 1, title: null, labelLimit: 0 },
  } as const;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    config: chartConfig,
    hconcat: [
      {
        width: 420,
        height: 260,
        data: { values: samples },
        mark: { type: 'line', point: false },
        encoding: {
          x: {
            field: 'seconds',
            type: 'quantitative',
            title: 'seconds since the batch started',
            scale: { zero: true },
          },
          y: { field: 'rssMb', type: 'quantitative', title: 'worker RSS, MB', scale: { zero: true } },
          color,
        },
      },
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
