import { chmodSync, lstatSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface PrivateDirOptions {
  /** Make a folder of ours that others may read private (0700) instead of refusing it: for folders in the project. */
  tighten?: boolean;
  /** What the user can do instead, ending the refusal's line. */
  hint?: string;
}

/**
 * `dir`, created 0700 (with its parents) if missing, and checked: a folder that someone else owns, that others may
 * read, or that is a link is refused, since what goes in it (task tokens, card keys, workflow histories) is secret.
 */
export function privateDir(dir: string, { tighten = false, hint = 'remove it' }: PrivateDirOptions = {}): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const uid = process.getuid?.();
  if (uid === undefined) return dir; // Windows: no POSIX owner or mode to check
  let stat = lstatSync(dir);
  if (tighten && stat.isDirectory() && stat.uid === uid && (stat.mode & 0o077) !== 0) {
    chmodSync(dir, 0o700);
    stat = lstatSync(dir);
  }
  const mode = (stat.mode & 0o777).toString(8).padStart(3, '0');
  if (!stat.isDirectory() || stat.uid !== uid || (stat.mode & 0o077) !== 0) {
    throw new Error(
      `${dir} is not private (${stat.isDirectory() ? `owner uid ${stat.uid}, mode ${mode}` : 'not a folder'}): ${hint}`,
    );
  }
  return dir;
}

/**
 * The folder for local state (`$TMPDIR/temporal-reference-<uid>`, under `parent`), created 0700 on first use. The temporary
 * directory is shared by every user, so a folder that someone else owns, that others may read, or that is a link is
 * refused rather than used: it would hand them the task tokens that complete approvals.
 */
export function privateStateDir(parent = tmpdir()): string {
  const dir = path.join(parent, `temporal-reference-${process.getuid?.() ?? 'user'}`);
  return privateDir(dir, { hint: 'remove it, or set APPROVALS_DB and LEDGER_DIR' });
}
