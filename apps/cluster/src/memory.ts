import { readFileSync } from 'node:fs';
import { childPids } from './process-tree';

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
  const pids = [pid, ...childPids(pid)];
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

export const megabytes = (bytes: number | undefined) =>
  bytes === undefined ? '-' : `${Math.round(bytes / 2 ** 20)} MB`;
