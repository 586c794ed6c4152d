import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { logFile, SERVER_PROCESSES, serverPid, type ProcessName, type ServerProcess } from '@reference/cluster';
import { waitFor } from '@reference/testing/wait';
import { run } from '../processes';

const clusterMain = path.join(path.dirname(require.resolve('@reference/cluster/package.json')), 'dist/main.js');

const serverProcess = (name: ProcessName): ServerProcess => SERVER_PROCESSES.find((each) => each.name === name)!;

/** The pid of each server process now: a process that crashed and was started again has a new one. */
export const serverPids = () => Object.fromEntries(SERVER_PROCESSES.map((each) => [each.name, serverPid(each)]));

/**
 * `pnpm cluster up` as an operator runs it after a fault: it starts what is missing, only that, and returns once
 * everything serves. Resolves with how long it took and the processes it started.
 */
export async function clusterUp(): Promise<{ ms: number; started: string[] }> {
  const startedAt = Date.now();
  const { code, stdout, stderr } = await run('node', [clusterMain, 'up']);
  if (code !== 0) throw new Error(`pnpm cluster up failed (exit ${code}): ${stderr.trim() || stdout.trim()}`);
  const started = [...stdout.matchAll(/^started (\S+) \(pid/gm)].map((match) => match[1]!);
  return { ms: Date.now() - startedAt, started };
}

/** Whether `pid` is gone: exited, or a zombie nobody has reaped yet (it serves nothing either way). */
function gone(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z') ?? true;
  } catch {
    return true;
  }
}

/** SIGKILL, as when a host dies: no draining, no leaving the membership ring. Resolves once the process is gone. */
export async function killServer(name: ProcessName): Promise<void> {
  const pid = serverPid(serverProcess(name));
  if (!pid) throw new Error(`${name} is not running`);
  process.kill(pid, 'SIGKILL');
  await waitFor(() => gone(pid), `${name} (pid ${pid}) is gone`, { timeoutMs: 10_000 });
}

/** Reads what a server process logs from now on (its log file only grows while it runs). */
export function logFrom(name: ProcessName): () => string[] {
  const file = logFile(serverProcess(name));
  const offset = statSync(file).size;
  return () =>
    readFileSync(file)
      .subarray(offset)
      .toString('utf8')
      .split('\n')
      .filter((line) => line !== '');
}

/** The history shards a history host took ownership of, in lines of its log. */
export function acquiredShards(lines: string[]): number[] {
  const shards = lines
    .filter((line) => line.includes('"msg":"Acquired shard"'))
    .map((line) => (JSON.parse(line) as { 'shard-id': number })['shard-id']);
  return [...new Set(shards)].sort((a, b) => a - b);
}
