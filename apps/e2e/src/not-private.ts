import { lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * What under `root` (itself included) another user could read or be redirected by: a folder not 0700, a file not
 * 0600, any link. Each as `relative/path mode`, so a failing test names the file.
 */
export function notPrivate(root: string): string[] {
  return ['', ...readdirSync(root, { recursive: true, encoding: 'utf8' })].flatMap((relative) => {
    const stat = lstatSync(path.join(root, relative));
    const mode = (stat.mode & 0o777).toString(8).padStart(4, '0');
    const name = relative || '.';
    if (stat.isSymbolicLink()) return [`${name} link`];
    if (stat.isDirectory()) return (stat.mode & 0o777) === 0o700 ? [] : [`${name}/ ${mode}`];
    return (stat.mode & 0o777) === 0o600 ? [] : [`${name} ${mode}`];
  });
}
