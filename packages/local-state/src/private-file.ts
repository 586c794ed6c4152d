import { closeSync, constants, fchmodSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';

// O_NOFOLLOW: a link in the file's place fails the open (ELOOP) instead of being written through. Windows has none.
const APPEND = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (constants.O_NOFOLLOW ?? 0);

/**
 * `file` opened for appending (the caller closes the descriptor): created 0600 in a folder created 0700, or made
 * 0600 if it was written with a wider mode before, and never through a link, which could send the write (task tokens,
 * stores, reports) anywhere its planter likes.
 */
export function openPrivateFile(file: string): number {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  let fd: number;
  try {
    fd = openSync(file, APPEND, 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOOP') {
      throw new Error(`${file} is a link: remove it (the project writes through none)`, { cause: err });
    }
    throw err;
  }
  try {
    fchmodSync(fd, 0o600);
  } catch (err) {
    closeSync(fd);
    throw err;
  }
  return fd;
}
