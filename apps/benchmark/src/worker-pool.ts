import { type ChildProcess, fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import pidusage from 'pidusage';
import { POLLING_LINE, stopProcess, waitForLine } from './process-line';
import type { FromWorker, LoadResult, LoadSpec, ToWorker, WorkerTuning } from './types';

/** CPU time and resident memory of the pool's processes, summed over them. */
export interface PoolUsage {
  cpuMs: number;
  rssBytes: number;
}

/**
 * `processes` bench-worker processes with the same tuning, all polling my-task-queue on the server `env` points them
 * at (BenchServer's workerEnv).
 */
export class WorkerPool {
  private readonly children: ChildProcess[] = [];

  private constructor(private readonly env: NodeJS.ProcessEnv) {}

  static async start(env: NodeJS.ProcessEnv, tuning: WorkerTuning, processes = 1): Promise<WorkerPool> {
    const pool = new WorkerPool(env);
    await Promise.all(Array.from({ length: processes }, () => pool.spawn(tuning)));
    return pool;
  }

  private async spawn(tuning: WorkerTuning): Promise<void> {
    const spawnedAt = performance.now();
    const child = fork(require.resolve('./bench-worker'), [JSON.stringify(tuning)], {
      env: this.env,
      execArgv: ['--expose-gc'],
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.children.push(child);
    await waitForLine(child, POLLING_LINE, spawnedAt);
  }

  get pids(): number[] {
    return this.children.flatMap((child) => child.pid ?? []);
  }

  async usage(): Promise<PoolUsage> {
    const stats = await Promise.all(this.children.map((child) => pidusage(child.pid ?? 0)));
    return {
      cpuMs: stats.reduce((sum, s) => sum + s.ctime, 0),
      rssBytes: stats.reduce((sum, s) => sum + s.memory, 0),
    };
  }

  /**
   * Collects garbage in every process (they run with --expose-gc), so memory readings are of what is live. Answers
   * the JS heap their main threads still use (not their workflow threads', which a main thread's gc cannot reach).
   */
  async collectGarbage(): Promise<number> {
    const replies = await Promise.all(this.children.map((child) => this.request(child, { type: 'gc' }, 'gc-done')));
    return replies.reduce((sum, reply) => sum + (reply.type === 'gc-done' ? reply.heapUsedBytes : 0), 0);
  }

  /** Runs `spec` from inside the first process, on the worker's own connection (eager workflow start). */
  async drive(spec: LoadSpec, onProgress: (completed: number) => void): Promise<LoadResult> {
    const child = this.children[0];
    if (!child) throw new Error('the pool has no process');
    return new Promise<LoadResult>((resolve, reject) => {
      const onMessage = (message: FromWorker) => {
        if (message.type === 'progress') return onProgress(message.completed);
        if (message.type !== 'done' && message.type !== 'failed') return;
        child.off('message', onMessage);
        if (message.type === 'done') resolve(message.result);
        else reject(new Error(message.message));
      };
      child.on('message', onMessage);
      child.send({ type: 'drive', spec } satisfies ToWorker);
    });
  }

  async stop(): Promise<void> {
    pidusage.clear();
    await Promise.all(this.children.map((child) => stopProcess(child)));
  }

  private request(child: ChildProcess, message: ToWorker, answer: FromWorker['type']): Promise<FromWorker> {
    return new Promise((resolve) => {
      const onMessage = (reply: FromWorker) => {
        if (reply.type !== answer) return;
        child.off('message', onMessage);
        resolve(reply);
      };
      child.on('message', onMessage);
      child.send(message);
    });
  }
}
