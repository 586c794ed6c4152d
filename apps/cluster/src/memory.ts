import { readdirSync, readFileSync } from 'node:fs';

/** Resident memory of one process in bytes (Linux /proc), or undefined when it cannot be read. */
export function residentBytes(pid: number): number | undefined {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A process and its children's proportional memory (PSS) in bytes: for PostgreSQL, whose backends share the server's
 * buffers, the sum of their RSS would count those buffers once per backend.
 */
export function proportionalBytesWithChildren(pid: number): number | undefined {
  const pids = [pid, ...childrenOf(pid)];
  let total = 0;
  for (const each of pids) {
    try {
      const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${each}/smaps_rollup`, 'utf8'));
      total += match ? Number(match[1]) * 1024 : 0;
    } catch {
      // A backend that exited meanwhile has no memory left to count.
    }
  }
  return total || undefined;
}

function childrenOf(parent: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // The parent pid is the 4th field, after the command name in parentheses (which may itself hold spaces).
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === parent;
      } catch {
        return false;
      }
    })
    .map(Number);
}

export const megabytes = (bytes: number | undefined) =>
  bytes === undefined ? '-' : `${Math.round(bytes / 2 ** 20)} MB`;
