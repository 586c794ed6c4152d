import type { TopLevelSpec } from 'vega-lite';
import type { RunRecord } from '../measure-config';
import { chartConfig } from './render-svg';

const ROW_HEIGHT = 24;

/** Workflows/s of every run as a horizontal bar, labelled with the figure, and its p50/p95/p99 latency beside it. */
export function runsChart(runs: RunRecord[], title: string): TopLevelSpec {
  const values = runs.map((r) => ({
    run: `${r.workload} · ${r.config} · ${r.load}`,
    workload: r.workload,
    workflowsPerSecond: r.workflowsPerSecond,
    throughput: `${r.workflowsPerSecond}/s`,
    latency: `p50 ${r.latencyMs.p50} · p95 ${r.latencyMs.p95} · p99 ${r.latencyMs.p99} ms`,
  }));
  const y = { field: 'run', type: 'nominal', sort: null, title: null } as const;
  const height = ROW_HEIGHT * Math.max(1, runs.length);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    data: { values },
    config: chartConfig,
    hconcat: [
      {
        width: 360,
        height,
        encoding: { y },
        layer: [
          {
            mark: 'bar',
            encoding: {
              x: { field: 'workflowsPerSecond', type: 'quantitative', title: 'workflows/s' },
              color: { field: 'workload', type: 'nominal', legend: { orient: 'bottom', title: null } },
            },
          },
          {
            mark: { type: 'text', align: 'left', dx: 4 },
            encoding: { x: { field: 'workflowsPerSecond', type: 'quantitative' }, text: { field: 'throughput' } },
          },
        ],
      },
      {
        width: 10,
        height,
        mark: { type: 'text', align: 'left', color: '#555' },
        encoding: { y: { ...y, axis: null }, text: { field: 'latency' } },
      },
    ],
  };
}
