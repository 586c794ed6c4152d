import type { Percentiles } from './types';

/** Nearest-rank percentiles of `samples` (milliseconds), rounded to 0.1 ms; zeros when there are none. */
export function percentiles(samples: number[]): Percentiles {
  if (samples.length === 0) return { p50: 0, p95: 0, p99: 0, mean: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), mean: round(mean) };
}

export function median(values: number[]): number {
  return percentiles(values).p50;
}
