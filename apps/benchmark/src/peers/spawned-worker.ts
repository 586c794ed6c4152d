import { type ChildProcess, spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import pidusage from 'pidusage';
import { POLLING_LINE, stopProcess, waitForLine } from '../process-line';
import type { BenchServer } from '../server';
import type { PoolUsage } from '../worker-pool';

/** A worker process of any language, started by command line, measured by pidusage as the benchmark's own pool is. */
export class SpawnedWorker {
  private constructor(private readonly child: ChildProcess) {}

  /**
   * Spawns `command` on `server`'s worker environment, with TEMPORAL_ADDRESS spelled out (the peers read the address
   * alone, as the SDKs' hello-world workers do), and resolves once it prints `Worker polling task queue …`.
   */
  static async start(command: string, args: string[], server: BenchServer, cwd?: string): Promise<SpawnedWorker> {
    const spawnedAt = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...server.workerEnv, TEMPORAL_ADDRESS: server.address },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await waitForLine(child, POLLING_LINE, spawnedAt);
    } catch (err) {
      await stopProcess(child);
      throw err;
    }
    return new SpawnedWorker(child);
  }

  async usage(): Promise<PoolUsage> {
    const stats = await pidusage(this.child.pid ?? 0);
    return { cpuMs: stats.ctime, rssBytes: stats.memory };
  }

  async stop(): Promise<void> {
    pidusage.clear();
    await stopProcess(this.child);
  }
}
