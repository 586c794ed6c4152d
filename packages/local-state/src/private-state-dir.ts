import { lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The folder for local state (`$TMPDIR/temporal-reference-<uid>`, under `parent`), created 0700 on first use. The temporary
 * directory is shared by every user, so a folder that someone else owns, that others may read, or that is a link is
 * refused rather than used: it would hand them the task tokens that complete approvals.
 */
export function privateStateDir(parent = tmpdir()): string {
  const uid = process.getuid?.();
  const dir = path.join(parent, `temporal-reference-${uid ?? 'user'}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  if (uid === undefined) return dir; // Windows: no POSIX owner or mode to check
  const mode = (stat.mode & 0o777).toString(8).padStart(3, '0');
  if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o077) !== 0) {
    throw new Error(
      `${dir} is not private (${stat.isDirectory() ? `owner uid ${stat.uid}, mode ${mode}` : 'not a folder'}): ` +
        `remove it, or set APPROVALS_DB and LEDGER_DIR`,
    );
  }
  return dir;
}
