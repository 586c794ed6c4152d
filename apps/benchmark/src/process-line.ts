import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';

/** The line every worker prints once it polls (apps/worker run-worker.ts and bench-worker.ts). */
export const POLLING_LINE = /^Worker polling task queue /;

/**
 * Resolves with the milliseconds from `spawnedAt` until `child` prints a line matching `pattern`; rejects with
 * what it printed if it exits first or `timeoutMs` passes.
 */
export function waitForLine(
  child: ChildProcess,
  pattern: RegExp,
  spawnedAt: number,
  timeoutMs = 120_000,
): Promise<number> {
  const printed: string[] = [];
  return new Promise<number>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`worker ${why} before printing ${pattern}:\n${printed.slice(-20).join('\n')}`));
    };
    const timer = setTimeout(() => fail('timed out'), timeoutMs);
    const onExit = () => fail('exited');
    child.once('exit', onExit);
    for (const stream of [child.stdout, child.stderr]) {
      if (!stream) continue;
      createInterface({ input: stream }).on('line', (line) => {
        printed.push(line);
        if (!pattern.test(line)) return;
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve(performance.now() - spawnedAt);
      });
    }
  });
}

/** SIGTERM (the worker drains and exits), then SIGKILL if it has not gone within `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 15_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
