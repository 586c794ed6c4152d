import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { percentiles } from './stats';
import type { LoadResult, LoadSpec } from './types';
import { workloads } from './workloads';

/**
 * Runs `spec` against the server: a warm-up, then a measured window. Latency is client start → result for the
 * workflows started inside the window; throughput counts the completions inside it. `onProgress` gets the number of
 * workflows completed so far (warm-up included).
 */
export async function runLoad(
  client: Client,
  spec: LoadSpec,
  onProgress?: (completed: number) => void,
): Promise<LoadResult> {
  const execute = workloads[spec.workload];
  const runId = randomUUID().slice(0, 8);
  const measureFrom = performance.now() + spec.warmupMs;
  const measureTo = measureFrom + spec.measureMs;
  const latencies: number[] = [];
  let completedInWindow = 0;
  let completed = 0;
  const failureReasons: Record<string, number> = {};
  const countFailure = (err: unknown) => {
    const reason = err instanceof Error ? err.message : String(err);
    failureReasons[reason] = (failureReasons[reason] ?? 0) + 1;
  };
  let sequence = 0;

  const one = async (): Promise<void> => {
    const startedAt = performance.now();
    const workflowId = `bench-${spec.workload}-${runId}-${sequence++}`;
    try {
      await execute(client, workflowId, spec.eagerStart);
      const endedAt = performance.now();
      completed += 1;
      if (endedAt >= measureFrom && endedAt <= measureTo) completedInWindow += 1;
      if (startedAt >= measureFrom && startedAt <= measureTo) latencies.push(endedAt - startedAt);
    } catch (err) {
      if (startedAt >= measureFrom) countFailure(err);
    }
    onProgress?.(completed);
  };

  if (spec.mode === 'closed') {
    const loop = async () => {
      while (performance.now() < measureTo) await one();
    };
    await Promise.all(Array.from({ length: spec.concurrency }, loop));
  } else {
    // Open loop: starts go out on a fixed schedule, whether or not earlier workflows have finished.
    const inFlight = new Set<Promise<void>>();
    const startedAt = performance.now();
    for (let n = 0; startedAt + (n * 1000) / spec.ratePerSecond < measureTo; n += 1) {
      const due = startedAt + (n * 1000) / spec.ratePerSecond;
      const wait = due - performance.now();
      if (wait > 1) await sleep(wait);
      const running: Promise<void> = one().finally(() => inFlight.delete(running));
      inFlight.add(running);
    }
    await Promise.all(inFlight);
  }
  return {
    completed: completedInWindow,
    totalCompleted: completed,
    failed: Object.values(failureReasons).reduce((sum, n) => sum + n, 0),
    failureReasons,
    workflowsPerSecond: Math.round((completedInWindow / (spec.measureMs / 1000)) * 10) / 10,
    latencyMs: percentiles(latencies),
  };
}
