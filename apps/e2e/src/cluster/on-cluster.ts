import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { paths, PROFILE } from '@reference/cluster';
import { loadConnectionSettings } from '@reference/connection';
import { createDataConverter } from '@reference/data-converter';
import { run, type RunResult } from '../processes';

/** The environment a user gives worker and starter for the cluster: the profile, and no other TEMPORAL_* setting. */
export const clusterEnv: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TEMPORAL_'))),
  TEMPORAL_CONFIG_FILE: paths.clientProfile,
  TEMPORAL_PROFILE: PROFILE,
};

export const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');

/** The starter command as a user runs it; `env` replaces the cluster's profile environment. */
export function starter(args: string[], env: NodeJS.ProcessEnv = clusterEnv): Promise<RunResult> {
  return run('node', [starterMain, ...args], { env });
}

/** A client of the cluster made from the profile alone, as the starter makes its own, with the project's payloads. */
export async function clusterClient(namespace?: string): Promise<Client> {
  const settings = loadConnectionSettings(clusterEnv);
  const connection = await Connection.connect({ ...settings.connectionOptions, address: settings.address });
  return new Client({ connection, namespace: namespace ?? settings.namespace, dataConverter: createDataConverter() });
}
