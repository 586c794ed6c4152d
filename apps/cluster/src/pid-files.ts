import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { paths } from './layout';

/** Whether a process with this id exists (one owned by another user counts). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const pidFile = (name: string) => path.join(paths.pids, `${name}.pid`);

export function writePid(name: string, pid: number): void {
  writeFileSync(pidFile(name), `${pid}\n`, { mode: 0o600 });
}

export function removePid(name: string): void {
  rmSync(pidFile(name), { force: true });
}

/**
 * The recorded process of `name` while it still runs `executable`: a pid file left by a crash whose number the system
 * has since given to another program does not count.
 */
export function runningPid(name: string, executable: string): number | undefined {
  if (!existsSync(pidFile(name))) return undefined;
  const pid = Number(readFileSync(pidFile(name), 'utf8'));
  if (!pid || !isAlive(pid)) return undefined;
  const cmdline = `/proc/${pid}/cmdline`;
  if (existsSync(cmdline) && !readFileSync(cmdline, 'utf8').startsWith(executable)) return undefined;
  return pid;
}
