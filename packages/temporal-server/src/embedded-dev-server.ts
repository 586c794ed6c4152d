import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { type defineSearchAttributeKey, TypedSearchAttributes } from '@temporalio/common';
import { isListening } from '@reference/connection';
import { privateDir } from '@reference/local-state';
import { resolveTemporalCli } from './executables';
import { projectStateDir } from './project-paths';

const DEFAULT_PORT = 7233;

const devServerPort = (env: NodeJS.ProcessEnv) => Number(env.TEMPORAL_DEV_SERVER_PORT ?? DEFAULT_PORT);

/** Where `pnpm dev`'s server is, started by it or found there: localhost:7233 unless TEMPORAL_DEV_SERVER_PORT moves it. */
export function devServerAddress(env: NodeJS.ProcessEnv = process.env): string {
  return `localhost:${devServerPort(env)}`;
}
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;

export interface EmbeddedDevServer {
  address: string;
  webUiUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedDevServerOptions {
  /** Custom search attributes to register, so workflows that set them can start right away. */
  searchAttributes?: ReturnType<typeof defineSearchAttributeKey>[];
  /** Namespaces to create besides `namespace` (the Nexus caller's, say). */
  namespaces?: string[];
}

/**
 * Starts `temporal server start-dev` on localhost:7233 (Web UI on 8233), persisted to a SQLite file under
 * .temporal/state (or TEMPORAL_DEV_SERVER_DB), unless one already answers there. The caller asks only when the user
 * chose no server (@reference/connection's `serverChosen`: no TEMPORAL_ADDRESS, no profile naming one). With
 * TEMPORAL_UI_CODEC_ENDPOINT set, the Web UI decodes payloads through that codec server.
 * TEMPORAL_DEV_SERVER_PORT moves it (the Web UI to that port + 1000): tests run `pnpm dev` whole beside anything on 7233.
 * The server runs in a process group of its own, so the Ctrl-C that stops `pnpm dev` reaches the worker, not the
 * server: the worker drains against a server that is still up, and only then does `stop()` end the server.
 * Returns undefined when it started nothing.
 */
export async function startEmbeddedDevServerIfNeeded(
  namespace: string,
  env: NodeJS.ProcessEnv = process.env,
  { searchAttributes = [], namespaces = [] }: EmbeddedDevServerOptions = {},
): Promise<EmbeddedDevServer | undefined> {
  const port = devServerPort(env);
  if (await isListening('127.0.0.1', port)) return undefined;
  const address = devServerAddress(env);

  // TEMPORAL_DEV_SERVER_DB lets tests keep their own state apart from the developer's.
  const dbFilename = env.TEMPORAL_DEV_SERVER_DB ?? path.join(projectStateDir, 'dev-server.sqlite');
  // Histories are in there (every workflow's inputs and results): the folder is 0700, the database files 0600.
  privateDir(path.dirname(dbFilename), { tighten: true });
  for (const file of [dbFilename, `${dbFilename}-wal`, `${dbFilename}-shm`])
    if (existsSync(file)) chmodSync(file, 0o600);
  const args = [
    ...['server', 'start-dev', '--ip', '127.0.0.1', '--port', `${port}`, '--ui-port', `${port + 1000}`],
    ...['--namespace', namespace, ...namespaces.flatMap((extra) => ['--namespace', extra])],
    ...['--db-filename', dbFilename, '--log-format', 'pretty', '--log-level', 'error'],
    ...searchAttributes.flatMap(({ name, type }) => [
      '--search-attribute',
      `${name}=${TypedSearchAttributes.toMetadataType(type)}`,
    ]),
    ...(env.TEMPORAL_UI_CODEC_ENDPOINT ? ['--ui-codec-endpoint', env.TEMPORAL_UI_CODEC_ENDPOINT] : []),
  ];
  const { executable } = resolveTemporalCli(env);
  // Its errors reach this process's stderr through a pipe of ours: a descendant holding the caller's own stderr would
  // keep `turbo run dev` waiting for output after this process has ended.
  // The server creates its files as this mask says: readable by this user only.
  const umask = process.umask(0o077);
  const server = spawn(executable.path, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  process.umask(umask);
  server.stderr?.pipe(process.stderr);
  // Whatever ends this process, the server goes with it (all but SIGKILL, which nothing can catch).
  const stopOnExit = () => server.kill('SIGKILL');
  process.once('exit', stopOnExit);
  const stop = async () => {
    process.removeListener('exit', stopOnExit);
    await stopServer(server);
  };
  try {
    await untilReady(server, address, namespace);
  } catch (err) {
    await stop();
    throw err;
  }
  return { address, webUiUrl: `http://localhost:${port + 1000}`, stop };
}

/** Resolves once the server answers for `namespace`; rejects if it exits first or takes over a minute. */
async function untilReady(server: ChildProcess, address: string, namespace: string): Promise<void> {
  const exited = once(server, 'exit').then(([code]) => {
    throw new Error(`the Temporal dev server exited (${code}) before it was ready`);
  });
  const deadline = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    const ready = Promise.race([exited, answers(address, namespace)]);
    if (await ready) return;
    if (Date.now() > deadline) throw new Error(`the Temporal dev server was not ready within ${READY_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function answers(address: string, namespace: string): Promise<boolean> {
  try {
    const connection = await Connection.connect({ address, connectTimeout: '1 second' });
    try {
      await connection.workflowService.describeNamespace({ namespace });
      return true;
    } finally {
      await connection.close();
    }
  } catch {
    return false;
  }
}

/** SIGTERM, then SIGKILL if the server has not exited in time; resolves once it has. */
async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  // What it logs while it stops (its pollers' cancelled contexts) is noise, not news: read and dropped.
  server.stderr?.unpipe(process.stderr).resume();
  const exited = once(server, 'exit');
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}
