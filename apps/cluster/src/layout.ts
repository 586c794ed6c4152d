import { chmodSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { workspaceRoot } from '@reference/temporal-server';

/** The Temporal Server release the cluster runs, built from its Go module. */
export const SERVER_VERSION = '1.32.1';

/**
 * The built `server` and `sql` binaries, per user and keyed by version, so every clone on the machine shares one build
 * (a cold build takes minutes and gigabytes of Go caches).
 */
export const binaryCacheDir = path.join(
  process.env.XDG_CACHE_HOME ?? path.join(homedir(), '.cache'),
  'temporal-reference',
  'server',
  `v${SERVER_VERSION}`,
);

/** Everything the cluster keeps (git-ignored with the rest of .temporal): delete it and `up` starts from nothing. */
export const stateDir = path.join(workspaceRoot, '.temporal', 'cluster');

export const paths = {
  /** Ports and the database password, chosen on the first `up` and kept so the profile stays valid. */
  settings: path.join(stateDir, 'cluster.json'),
  /** The envconfig profile clients load (`TEMPORAL_CONFIG_FILE`, profile `cluster`). */
  clientProfile: path.join(stateDir, 'temporal.toml'),
  serverConfig: path.join(stateDir, 'config', 'temporal-server.yaml'),
  certs: path.join(stateDir, 'certs'),
  postgres: path.join(stateDir, 'postgres'),
  logs: path.join(stateDir, 'logs'),
  pids: path.join(stateDir, 'pids'),
};

export const PROFILE = 'cluster';

/**
 * The state folder made private on every `up` (its files are written 0600; this also mends a folder an older `up` left
 * readable): it holds the CA's key, the database's password and workflow data in the logs. As root the database runs
 * as user `postgres`, who must pass through the state folder to its own folder inside, so others may enter it (0711)
 * but list nothing. The database's own folder is kept private by PostgreSQL.
 */
export function makeStatePrivate(): void {
  mkdirSync(stateDir, { recursive: true });
  chmodSync(stateDir, process.getuid?.() === 0 ? 0o711 : 0o700);
  for (const dir of [paths.certs, path.dirname(paths.serverConfig), paths.logs, paths.pids]) {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    for (const file of readdirSync(dir)) chmodSync(path.join(dir, file), 0o600);
  }
  for (const file of [paths.settings, paths.clientProfile]) if (existsSync(file)) chmodSync(file, 0o600);
}
