import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import type { EphemeralServerExecutable } from '@temporalio/testing';
import which from 'which';
import { projectBinDir } from './project-paths';

export interface ResolvedExecutable {
  /** What the SDK should run: a binary found here, or its own cached download as the last resort. */
  executable: EphemeralServerExecutable;
  /** Where it came from, for logs and error messages. */
  source: 'environment' | 'PATH' | 'project' | 'sdk-download';
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
 * Resolution order: an explicit path in `envVar`, then `name` on PATH, then the project-local install,
 * then the SDK's own download (which needs the Temporal download site, so it works only with internet).
 */
function resolve(envVar: string, name: string, env: NodeJS.ProcessEnv): ResolvedExecutable {
  const explicit = env[envVar];
  if (explicit) {
    if (!isExecutable(explicit)) throw new Error(`${envVar}=${explicit} is not an executable file`);
    return { executable: { type: 'existing-path', path: explicit }, source: 'environment' };
  }
  const onPath = which.sync(name, { nothrow: true, path: env.PATH ?? '' });
  if (onPath) return { executable: { type: 'existing-path', path: onPath }, source: 'PATH' };
  const local = path.join(projectBinDir, name);
  if (isExecutable(local)) return { executable: { type: 'existing-path', path: local }, source: 'project' };
  return { executable: { type: 'cached-download' }, source: 'sdk-download' };
}

/** The Temporal CLI, whose `server start-dev` is the dev server. */
export function resolveTemporalCli(env: NodeJS.ProcessEnv = process.env): ResolvedExecutable {
  return resolve('TEMPORAL_CLI_PATH', 'temporal', env);
}

/** The time-skipping test server. */
export function resolveTestServer(env: NodeJS.ProcessEnv = process.env): ResolvedExecutable {
  return resolve('TEMPORAL_TEST_SERVER_PATH', 'temporal-test-server', env);
}
