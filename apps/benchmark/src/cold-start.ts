import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { POLLING_LINE, stopProcess, waitForLine } from './process-line';
import type { Progress } from './progress';
import { median } from './stats';

export interface ColdStart {
  source: 'prebuilt bundle' | 'workflowsPath';
  script: string;
  runsMs: number[];
  medianMs: number;
}

const workerDir = path.dirname(require.resolve('@reference/worker/package.json'));
const scripts = { 'prebuilt bundle': 'dist/main.js', workflowsPath: 'dist/dev.js' } as const;

/** Spawns the project's worker (`node dist/main.js` or `dist/dev.js`) `runs` times: spawn → "Worker polling …". */
export async function measureColdStart(
  env: NodeJS.ProcessEnv,
  source: ColdStart['source'],
  runs: number,
  progress: Progress,
): Promise<ColdStart> {
  const script = scripts[source];
  const runsMs: number[] = [];
  progress.start(`cold start · ${source}`, runs, 'starts');
  for (let i = 0; i < runs; i += 1) {
    const spawnedAt = performance.now();
    const child = spawn('node', [script], {
      cwd: workerDir,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      runsMs.push(Math.round(await waitForLine(child, POLLING_LINE, spawnedAt)));
    } finally {
      await stopProcess(child);
    }
    progress.update(i + 1, `${runsMs.at(-1)} ms`);
  }
  progress.stop();
  return { source, script: `apps/worker/${script}`, runsMs, medianMs: median(runsMs) };
}
