import { existsSync } from 'node:fs';
import path from 'node:path';

/** The monorepo root: the nearest folder above this package that holds pnpm-workspace.yaml. */
function findWorkspaceRoot(from: string): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'pnpm-workspace.yaml'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
  return dir;
}

/** The monorepo's root folder (where scripts/ and pnpm-workspace.yaml are). */
export const workspaceRoot = findWorkspaceRoot(__dirname);

const temporalHome = path.join(workspaceRoot, '.temporal');

/** Where scripts/install-temporal-binaries.sh puts the pinned binaries (git-ignored). */
export const projectBinDir = path.join(temporalHome, 'bin');

/** Where the embedded dev server keeps its SQLite file, so workflows survive a restart (git-ignored). */
export const projectStateDir = path.join(temporalHome, 'state');
