import { readdirSync, readFileSync } from 'node:fs';

/** The processes whose parent is `parent` (Linux /proc): PostgreSQL's backends, for one. */
export function childPids(parent: number): number[] {
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
