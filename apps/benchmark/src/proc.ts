import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { childPids } from '@reference/cluster';

// /proc counts CPU time in clock ticks; 100 a second on every Linux this runs on, unless getconf says otherwise.
const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const toMs = (ticks: number) => (ticks * 1000) / TICKS_PER_SECOND;

/** utime, stime, cutime, cstime of a process in ticks, or undefined once it has gone. */
function cpuTicks(pid: number): [number, number, number, number] | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields 14 to 17, counted after the command name in parentheses (which may itself hold spaces).
    const [utime, stime, cutime, cstime] = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(11, 15)
      .map(Number);
    return [utime!, stime!, cutime!, cstime!];
  } catch {
    return undefined;
  }
}

/**
 * CPU time (user + system) a process has used, in ms. With `withChildren`, its children's too: those running, and
 * those that have exited (the kernel adds a reaped child's time to its parent's cutime and cstime).
 */
export function cpuMs(pid: number, withChildren = false): number {
  const own = cpuTicks(pid);
  if (!own) return 0;
  const [utime, stime, cutime, cstime] = own;
  if (!withChildren) return toMs(utime + stime);
  const children = childPids(pid)
    .map((child) => cpuTicks(child)?.reduce((sum, ticks) => sum + ticks, 0) ?? 0)
    .reduce((sum, ticks) => sum + ticks, 0);
  return toMs(utime + stime + cutime + cstime + children);
}

/** CPU time the whole machine has been busy, all cores summed, in ms: everything /proc/stat counts but idle and I/O wait. */
export function machineBusyMs(): number {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields;
  return toMs(user + nice + system + irq + softirq + steal);
}

/** The processes this one started whose command line mentions `word`. */
export function childrenRunning(word: string): number[] {
  return childPids(process.pid).filter((pid) => {
    try {
      return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(word);
    } catch {
      return false;
    }
  });
}
