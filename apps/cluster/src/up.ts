import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ensureCertificates } from './certificates';
import { ClusterError } from './cluster-error';
import { connectWithProfile, writeClientProfile } from './client-profile';
import { serves } from './health';
import { makeStatePrivate, paths, PROFILE } from './layout';
import { registerProjectNamespaces } from './namespaces';
import { runningPid } from './pid-files';
import { startPostgres } from './postgres';
import { applySchemas, clusterMetadataWritten } from './schemas';
import { ensureServerBinaries, type ServerBinaries } from './server-binaries';
import { writeServerConfig } from './server-config';
import { logFile, startServerProcess } from './server-processes';
import {
  type ClusterSettings,
  frontendAddress,
  loadOrCreateSettings,
  SERVER_PROCESSES,
  type ServerProcess,
} from './settings';
import { waitFor } from './wait-for';

const SERVE_TIMEOUT_MS = 90_000;

/**
 * Everything from nothing, or whatever is missing: the server binaries, the database, the certificates, then on an
 * empty database the frontend alone (processes started together race to write the cluster's metadata and exit), then
 * the others, then the namespaces. Ends by printing how clients use the cluster.
 */
export async function up(): Promise<void> {
  const startedAt = Date.now();
  makeStatePrivate();
  const binaries = await ensureServerBinaries();
  const settings = await loadOrCreateSettings();
  await ensureCertificates();
  if (await startPostgres(settings)) console.log(`PostgreSQL 15 started on 127.0.0.1:${settings.postgresPort}`);
  await applySchemas(binaries, settings);
  writeServerConfig(settings);
  writeClientProfile(settings);
  // On a database that has a cluster already, all five start together: a process joining the membership ring waits
  // for the others the database remembers, and started alone the frontend would wait out its 30 s join limit.
  if (!(await clusterMetadataWritten(settings))) await startAndWait([SERVER_PROCESSES[0]], binaries, settings);
  await startAndWait(SERVER_PROCESSES, binaries, settings);
  const connection = await connectWithProfile();
  try {
    await registerProjectNamespaces(connection);
  } finally {
    await connection.close();
  }
  const profile = path.relative(process.cwd(), paths.clientProfile);
  console.log(
    `Temporal cluster serving at ${frontendAddress(settings)} (mTLS) after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
  );
  console.log(
    `Clients: TEMPORAL_CONFIG_FILE=${profile} TEMPORAL_PROFILE=${PROFILE} (pnpm cluster status, pnpm cluster down)`,
  );
}

/** Starts those of `servers` not running yet, then waits until each answers its health check. */
async function startAndWait(
  servers: readonly ServerProcess[],
  binaries: ServerBinaries,
  settings: ClusterSettings,
): Promise<void> {
  const started = new Map<string, ChildProcess>();
  for (const server of servers) {
    if (runningPid(server.name, binaries.server)) continue;
    const child = startServerProcess(server, binaries, settings);
    started.set(server.name, child);
    console.log(`started ${server.name} (pid ${child.pid}, port ${settings.ports[server.name].grpc})`);
  }
  await Promise.all(
    servers.map((server) =>
      waitFor(
        async () => {
          const child = started.get(server.name);
          if (child && child.exitCode !== null) throw exited(server, child.exitCode);
          return serves(server, settings);
        },
        `${server.name} serving (its log: ${logFile(server)})`,
        SERVE_TIMEOUT_MS,
      ),
    ),
  );
}

/** A server that exited while starting: its last error line says why (a port taken, the database unreachable...). */
function exited(server: ServerProcess, code: number): ClusterError {
  const lines = readFileSync(logFile(server), 'utf8').trim().split('\n');
  const reason = lines.filter((line) => /"level":"(error|fatal)"|panic|Error/.test(line)).at(-1) ?? lines.at(-1);
  return new ClusterError(
    `${server.name} exited with code ${code}: ${reason?.slice(0, 300)} (log: ${logFile(server)})`,
  );
}
