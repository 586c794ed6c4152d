import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import type { EphemeralServerExecutable } from '@temporalio/testing';
import which from 'which';
import { projectBinDir } from './project-paths';

export interface ResolvedExecutable {
  /** The binary to run, as the SDK's ephemeral server options take it. */
  executable: Extract<EphemeralServerExecutable, { type: 'existing-path' }>;
  /** Where it came from, for logs and error messages. */
  source: 'environment' | 'PATH' | 'project';
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Resolution order: an explicit path in `envVar`, then `name` on PATH, then the project-local install. Never the
 * SDK's own download: where the download site is unreachable it fails only after jest's timeouts and leaves the
 * test process hanging, so a missing binary is one line that names the install command.
 */
function resolve(envVar: string, name: string, env: NodeJS.ProcessEnv, binDir: string): ResolvedExecutable {
  const explicit = env[envVar];
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`${envVar}=${explicit} is not an executable file`);
    return { executable: { type: 'existing-path', path: explicit }, source: 'environment' };
  }
  const onPath = which.sync(name, { nothrow: true, path: env.PATH ?? '' });
  if (onPath) return { executable: { type: 'existing-path', path: onPath }, source: 'PATH' };
  const local = path.join(binDir, name);
  if (isExecutable(local)) return { executable: { type: 'existing-path', path: local }, source: 'project' };
  throw new Error(`${name} is not installed: run \`pnpm run temporal:install\` (or set ${envVar})`);
}

/** The Temporal CLI, whose `server start-dev` is the dev server. */
export function resolveTemporalCli(env = process.env, binDir = projectBinDir): ResolvedExecutable {
  return resolve('TEMPORAL_CLI_PATH', 'temporal', env, binDir);
}

/** The time-skipping test server. */
export function resolveTestServer(env = process.env, binDir = projectBinDir): ResolvedExecutable {
  return resolve('TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server', env, binDir);
}
