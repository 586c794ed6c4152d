import { Client, Connection } from '@temporalio/client';
import { loadConnectionSettings } from '@reference/connection';
import { createDataConverter } from '@reference/data-converter';
import { createLocalTestEnv } from '@reference/temporal-server';
import { childrenRunning } from './proc';

/** A process of the service, whose CPU time a run measures: `role` names it in the report. */
export interface ServiceProcess {
  role: string;
  pid: number;
  /** Count its children too (PostgreSQL serves each connection from a process of its own). */
  withChildren: boolean;
}

export interface BenchServer {
  address: string;
  description: string;
  client: Client;
  /** The environment worker processes run with: the TEMPORAL_* variables that point them at this server. */
  workerEnv: NodeJS.ProcessEnv;
  /** The server's own processes, when the benchmark knows them (its own dev server, the cluster). */
  serviceProcesses(): ServiceProcess[];
  close(): Promise<void>;
}

// Eager workflow start and eager activity dispatch are server features behind dynamic config.
const eagerFeatures = [
  '--dynamic-config-value',
  'system.enableEagerWorkflowStart=true',
  '--dynamic-config-value',
  'system.enableActivityEagerExecution=true',
];

/** This process's environment without any TEMPORAL_* setting, to which a server's own variables are added. */
export function withoutTemporalSettings(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TEMPORAL_')));
}

/** A client and worker environment for the server that `workerEnv` describes, as the worker reads it. */
export async function connectTo(
  workerEnv: NodeJS.ProcessEnv,
): Promise<Pick<BenchServer, 'address' | 'client' | 'workerEnv'>> {
  const settings = loadConnectionSettings(workerEnv);
  const connection = await Connection.connect({ ...settings.connectionOptions, address: settings.address });
  const client = new Client({ connection, namespace: settings.namespace, dataConverter: createDataConverter() });
  return { address: settings.address, client, workerEnv };
}

/**
 * The server the connection settings name (TEMPORAL_* variables, a profile: @reference/connection, as the worker and
 * the starter read them), or with none a dev server of its own.
 */
export async function openServer(): Promise<BenchServer> {
  if (!loadConnectionSettings().serverChosen) return openDevServer({ eager: true });
  const server = await connectTo(process.env);
  return {
    ...server,
    description: `${server.address} (from TEMPORAL_* variables)`,
    serviceProcesses: () => [],
    close: () => server.client.connection.close(),
  };
}

/** A dev server of the benchmark's own, in memory on a free port; with `eager`, eager start and dispatch on. */
export async function openDevServer({ eager }: { eager: boolean }): Promise<BenchServer> {
  const env = await createLocalTestEnv({
    extraArgs: eager ? eagerFeatures : [],
    log: { format: 'pretty', level: 'error' },
  });
  const server = await connectTo({ ...withoutTemporalSettings(), TEMPORAL_ADDRESS: env.address });
  return {
    ...server,
    description: `its own dev server (in memory${eager ? ', eager features on' : ''})`,
    // The SDK starts the CLI's dev server as a child of this process.
    serviceProcesses: () =>
      childrenRunning('start-dev').map((pid) => ({ role: 'dev server', pid, withChildren: false })),
    close: async () => {
      await server.client.connection.close();
      await env.teardown();
    },
  };
}
