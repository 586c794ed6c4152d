import { runLoad } from './load';
import { describeMachine, finish, type MachineInfo } from './machine';
import { Progress } from './progress';
import { openServer } from './server';
import type { LoadResult } from './types';
import { WorkerPool } from './worker-pool';

export interface SoakReport {
  startedAt: string;
  minutes: number;
  ratePerSecond: number;
  machine: MachineInfo;
  result: LoadResult;
  /** Worker RSS every 10 s after the warm-up, in MB. */
  rssSamplesMb: number[];
  rssGrowthMb: number;
  rssGrowthPercent: number;
}

const WARMUP_MS = 15_000;

/** Holds `ratePerSecond` greetings (open loop) for `minutes` against one default worker; reports failures and RSS. */
export async function runSoak(minutes: number, ratePerSecond: number): Promise<SoakReport> {
  const startedAt = new Date().toISOString();
  const server = await openServer();
  const machine = describeMachine(server.description);
  const pool = await WorkerPool.start(server.workerEnv, {});
  const progress = new Progress();
  const rssSamplesMb: number[] = [];
  const measureMs = minutes * 60_000;
  let completed = 0;
  const startedMs = Date.now();
  progress.start(
    `soak · greeting · ${ratePerSecond}/s for ${minutes} min`,
    Math.round((WARMUP_MS + measureMs) / 1000),
    's',
  );
  const sampler = setInterval(() => {
    const elapsed = Date.now() - startedMs;
    progress.update(Math.round(elapsed / 1000), `${completed} workflows, RSS ${rssSamplesMb.at(-1) ?? '…'} MB`);
    if (elapsed < WARMUP_MS || Math.floor(elapsed / 1000) % 10 !== 0) return;
    void pool.usage().then((usage) => rssSamplesMb.push(Math.round((usage.rssBytes / 2 ** 20) * 10) / 10));
  }, 1_000);
  try {
    const result = await runLoad(
      server.client,
      {
        workload: 'greeting',
        mode: 'open',
        concurrency: 0,
        ratePerSecond,
        warmupMs: WARMUP_MS,
        measureMs,
        eagerStart: false,
      },
      (n) => (completed = n),
    );
    const first = rssSamplesMb[0] ?? 0;
    const last = rssSamplesMb.at(-1) ?? 0;
    return {
      startedAt,
      minutes,
      ratePerSecond,
      machine: finish(machine),
      result,
      rssSamplesMb,
      rssGrowthMb: Math.round((last - first) * 10) / 10,
      rssGrowthPercent: first ? Math.round(((last - first) / first) * 1000) / 10 : 0,
    };
  } finally {
    clearInterval(sampler);
    progress.stop();
    await pool.stop();
    await server.close();
  }
}

export function soakToMarkdown(report: SoakReport): string {
  const { result } = report;
  return [
    `Soak ${report.startedAt}: greeting at ${report.ratePerSecond}/s (open loop) for ${report.minutes} min against one default worker.`,
    '',
    `- completed in the window: ${result.completed} (${result.workflowsPerSecond}/s); failed: **${result.failed}**`,
    ...Object.entries(result.failureReasons).map(([reason, count]) => `  - ${count} × ${reason}`),
    `- latency p50 / p95 / p99: ${result.latencyMs.p50} / ${result.latencyMs.p95} / ${result.latencyMs.p99} ms`,
    `- worker RSS: ${report.rssSamplesMb[0] ?? '?'} → ${report.rssSamplesMb.at(-1) ?? '?'} MB ` +
      `(growth ${report.rssGrowthMb} MB, ${report.rssGrowthPercent}%; max ${Math.max(...report.rssSamplesMb)} MB)`,
    `- load average ${report.machine.loadAverageStart.join(' / ')} at start, ${report.machine.loadAverageEnd.join(' / ')} at the end`,
    '',
  ].join('\n');
}
