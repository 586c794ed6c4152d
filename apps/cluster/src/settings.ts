import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getPortsPromise } from 'portfinder';
import { paths } from './layout';

/** The five Temporal Server processes: one service each, two history hosts sharing the shards. */
export const SERVER_PROCESSES = [
  { name: 'frontend', service: 'frontend' },
  { name: 'history-1', service: 'history' },
  { name: 'history-2', service: 'history' },
  { name: 'matching', service: 'matching' },
  { name: 'worker', service: 'worker' },
] as const;

export type ServerProcess = (typeof SERVER_PROCESSES)[number];
export type ProcessName = ServerProcess['name'];

export interface ProcessPorts {
  grpc: number;
  membership: number;
  metrics: number;
}

export interface ClusterSettings {
  postgresPort: number;
  /** The frontend's HTTP API, which history hosts call to deliver Nexus requests to a worker. */
  frontendHttpPort: number;
  /** The `temporal` database role's password: made up on the first `up`, kept in this 0600 file only. */
  databasePassword: string;
  ports: Record<ProcessName, ProcessPorts>;
}

// Searches start here, clear of the dev server's 7233/8233 and of PostgreSQL's usual 5432.
const FIRST_SERVER_PORT = 17233;
const FIRST_POSTGRES_PORT = 15432;

/** The settings of the first `up`, kept for every later one; made (free ports, a new password) when there are none. */
export async function loadOrCreateSettings(): Promise<ClusterSettings> {
  const existing = readSettings();
  if (existing) return existing;
  const [postgresPort] = await getPortsPromise(1, { port: FIRST_POSTGRES_PORT, host: '127.0.0.1' });
  const serverPorts = await getPortsPromise(SERVER_PROCESSES.length * 3 + 1, {
    port: FIRST_SERVER_PORT,
    host: '127.0.0.1',
  });
  const next = () => serverPorts.shift()!;
  // gRPC ports first, so the frontend gets the first free one (17233 on a quiet machine).
  const grpc = SERVER_PROCESSES.map(() => next());
  const ports = Object.fromEntries(
    SERVER_PROCESSES.map(({ name }, i) => [name, { grpc: grpc[i]!, membership: next(), metrics: next() }]),
  ) as Record<ProcessName, ProcessPorts>;
  const settings = {
    postgresPort: postgresPort!,
    frontendHttpPort: next(),
    databasePassword: randomBytes(18).toString('hex'),
    ports,
  };
  mkdirSync(path.dirname(paths.settings), { recursive: true });
  writeFileSync(paths.settings, JSON.stringify(settings, null, 2) + '\n', { mode: 0o600 });
  return settings;
}

/** The kept settings, or undefined before the first `up` (or after `down --wipe`). */
export function readSettings(): ClusterSettings | undefined {
  if (!existsSync(paths.settings)) return undefined;
  return JSON.parse(readFileSync(paths.settings, 'utf8')) as ClusterSettings;
}

export const frontendAddress = (settings: ClusterSettings) => `127.0.0.1:${settings.ports.frontend.grpc}`;
