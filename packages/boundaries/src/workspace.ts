import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

export interface WorkspacePackage {
  name: string;
  dir: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

/** The monorepo root, two levels above this package (packages/boundaries). */
export const workspaceRoot = path.resolve(__dirname, '../../..');

/** Every package under apps/ and packages/ with its declared dependencies. */
export function workspacePackages(root = workspaceRoot): WorkspacePackage[] {
  return ['apps', 'packages'].flatMap((group) =>
    readdirSync(path.join(root, group))
      .map((name) => path.join(root, group, name))
      .filter((dir) => existsSync(path.join(dir, 'package.json')))
      .map((dir) => {
        const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Partial<WorkspacePackage>;
        return {
          name: manifest.name ?? dir,
          dir,
          dependencies: manifest.dependencies ?? {},
          devDependencies: manifest.devDependencies ?? {},
        };
      }),
  );
}

/** The names a package needs at run time: its dependencies and, through workspace packages, theirs. */
export function runtimeClosure(name: string, packages: WorkspacePackage[]): Set<string> {
  const byName = new Map(packages.map((p) => [p.name, p]));
  const seen = new Set<string>();
  const visit = (current: string) => {
    for (const dependency of Object.keys(byName.get(current)?.dependencies ?? {})) {
      if (!seen.has(dependency)) {
        seen.add(dependency);
        visit(dependency);
      }
    }
  };
  visit(name);
  return seen;
}

/** Every version of an `@temporalio/*` package that the lockfile installs, by package name. */
export function lockedTemporalVersions(root = workspaceRoot): Map<string, Set<string>> {
  const lock = parse(readFileSync(path.join(root, 'pnpm-lock.yaml'), 'utf8')) as { packages?: Record<string, unknown> };
  const versions = new Map<string, Set<string>>();
  for (const key of Object.keys(lock.packages ?? {})) {
    const match = /^(@temporalio\/[^@]+)@([^(]+)/.exec(key);
    if (match?.[1] && match[2]) versions.set(match[1], (versions.get(match[1]) ?? new Set()).add(match[2]));
  }
  return versions;
}
