import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ClusterError } from './cluster-error';
import { paths, stateDir } from './layout';
import { isAlive } from './pid-files';
import { runCommand } from './run-command';
import type { ClusterSettings } from './settings';

const BIN_DIR = '/usr/lib/postgresql/15/bin';
const PACKAGE = 'postgresql-15';

const isRoot = () => process.getuid?.() === 0;
const bin = (name: string) => path.join(BIN_DIR, name);

/**
 * The folder of the database's files: .temporal/cluster/postgres. As root, the server runs as user `postgres`, who
 * must be able to enter every folder above it; for a clone where it cannot (under /root, say) the files go to that
 * user's home instead, in a folder named after the clone's path, and `down --wipe` deletes it with the rest.
 */
export const postgresHome = (() => {
  let home: string | undefined;
  return () => (home ??= isRoot() && !serverUserCanEnter(stateDir) ? homeOfServerUser() : paths.postgres);
})();

function serverUserCanEnter(dir: string): boolean {
  mkdirSync(dir, { recursive: true });
  try {
    execFileSync('runuser', ['-u', 'postgres', '--', 'test', '-x', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function homeOfServerUser(): string {
  const key = createHash('sha256').update(stateDir).digest('hex').slice(0, 12);
  return path.join('/var/lib/postgresql', `temporal-reference-cluster-${key}`);
}

const dataDir = () => path.join(postgresHome(), 'data');
const socketDir = () => path.join(postgresHome(), 'socket');
export const postgresLog = () => path.join(postgresHome(), 'postgres.log');

/** The database role the Temporal Server logs in as. */
export const DATABASE_USER = 'temporal';

/**
 * Runs a PostgreSQL server program: as the `postgres` user when we are root, because the server refuses to run as
 * root (and so does initdb).
 */
function asOwner(program: string, args: string[]): Promise<string> {
  const [command, fullArgs] = isRoot()
    ? ['runuser', ['-u', 'postgres', '--', bin(program), ...args]]
    : [bin(program), args];
  return runCommand(command, fullArgs, { what: program });
}

/** PostgreSQL 15's programs: Debian's package, installed with apt when missing and we are root. */
async function ensureInstalled(): Promise<void> {
  if (existsSync(bin('postgres'))) return;
  if (!isRoot()) {
    throw new ClusterError(`PostgreSQL 15 is not installed: run \`sudo apt-get install ${PACKAGE}\`, then this again`);
  }
  console.log(`installing PostgreSQL 15 from Debian's packages (apt-get install ${PACKAGE})`);
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  await runCommand('apt-get', ['update', '-qq'], { env, what: 'apt-get update' });
  await runCommand('apt-get', ['install', '-y', '-qq', PACKAGE], { env, what: `apt-get install ${PACKAGE}` });
}

/** The server's process id from its lock file, while that process lives. */
export function postgresPid(): number | undefined {
  const lockFile = path.join(dataDir(), 'postmaster.pid');
  if (!existsSync(lockFile)) return undefined;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  return pid && isAlive(pid) ? pid : undefined;
}

/** Whether the server accepts connections on its TCP port. */
export async function postgresServes(settings: ClusterSettings): Promise<boolean> {
  try {
    await runCommand(bin('pg_isready'), ['-q', '-h', '127.0.0.1', '-p', String(settings.postgresPort)]);
    return true;
  } catch {
    return false;
  }
}

/**
 * The cluster's own database server: installed, initialised in the state folder (first `up`: with the `temporal`
 * role), started on its port. Returns whether it started it.
 */
export async function startPostgres(settings: ClusterSettings): Promise<boolean> {
  await ensureInstalled();
  if (!existsSync(path.join(dataDir(), 'PG_VERSION'))) {
    await initialise(settings);
    return true;
  }
  if (postgresPid()) return false;
  await asOwner('pg_ctl', ['-D', dataDir(), '-l', postgresLog(), '-w', '-t', '60', 'start']);
  return true;
}

export async function stopPostgres(): Promise<boolean> {
  if (!postgresPid()) return false;
  await asOwner('pg_ctl', ['-D', dataDir(), '-m', 'fast', '-w', 'stop']);
  return true;
}

async function initialise(settings: ClusterSettings): Promise<void> {
  if (postgresHome() !== paths.postgres) {
    console.log(`PostgreSQL's files go to ${postgresHome()}: user postgres cannot enter ${stateDir}`);
  }
  for (const dir of [postgresHome(), socketDir()]) mkdirSync(dir, { recursive: true, mode: 0o700 });
  await ensureOwnedByServerUser();
  // Local (socket) logins need no password: the socket lives in a folder only the server's user (and root) can enter.
  await asOwner('initdb', [
    '-D', dataDir(), '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--auth-local=trust', '--auth-host=scram-sha-256',
  ]); // prettier-ignore
  appendFileSync(
    path.join(dataDir(), 'postgresql.conf'),
    `\n# pnpm cluster: its own address, port and socket folder\nlisten_addresses = '127.0.0.1'\n` +
      `port = ${settings.postgresPort}\nunix_socket_directories = '${socketDir()}'\n`,
  );
  await asOwner('pg_ctl', ['-D', dataDir(), '-l', postgresLog(), '-w', '-t', '60', 'start']);
  await psql(settings, `CREATE ROLE ${DATABASE_USER} LOGIN CREATEDB PASSWORD '${settings.databasePassword}'`);
}

/** As root, the server's files belong to `postgres`. */
async function ensureOwnedByServerUser(): Promise<void> {
  if (!isRoot()) return;
  const uid = Number(await runCommand('id', ['-u', 'postgres'], { what: 'id -u postgres' }));
  const gid = Number(await runCommand('id', ['-g', 'postgres'], { what: 'id -g postgres' }));
  for (const dir of [postgresHome(), socketDir()]) chownSync(dir, uid, gid);
}

/** Deletes the database's files (`down --wipe`), wherever postgresHome put them. */
export function removePostgresFiles(): void {
  rmSync(postgresHome(), { recursive: true, force: true });
}

/** Runs one SQL statement as the database superuser, over the private socket; its rows as text. */
export function psql(settings: ClusterSettings, sql: string, database = 'postgres'): Promise<string> {
  return asOwner('psql', [
    '-h', socketDir(), '-p', String(settings.postgresPort), '-U', 'postgres', '-d', database,
    '-v', 'ON_ERROR_STOP=1', '-tAc', sql,
  ]); // prettier-ignore
}
