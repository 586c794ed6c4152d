import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync } from 'node:fs';
import { openPrivateFile } from '@reference/local-state';
import path from 'node:path';
import { paths } from './layout';
import { isAlive, removePid, runningPid, writePid } from './pid-files';
import { serverBinaries, type ServerBinaries } from './server-binaries';
import { processEnv } from './server-config';
import type { ClusterSettings, ServerProcess } from './settings';
import { sleep } from './wait-for';

export const logFile = (server: ServerProcess) => path.join(paths.logs, `${server.name}.log`);

/** The process running `server` now, if any. */
export const serverPid = (server: ServerProcess) => runningPid(server.name, serverBinaries.server);

/**
 * Starts one service of the shared configuration as its own process, detached from this command (its own session,
 * output to its log file), so it keeps running after `pnpm cluster up` returns. The child is returned so `up` can
 * tell at once when it exits instead of waiting out a timeout.
 */
export function startServerProcess(
  server: ServerProcess,
  binaries: ServerBinaries,
  settings: ClusterSettings,
): ChildProcess {
  const log = openPrivateFile(logFile(server));
  const child = spawn(
    binaries.server,
    ['--config-file', paths.serverConfig, '--allow-no-auth', 'start', '--service', server.service],
    { detached: true, stdio: ['ignore', log, log], env: { ...process.env, ...processEnv(server.name, settings) } },
  );
  closeSync(log);
  child.unref();
  writePid(server.name, child.pid!);
  return child;
}

const STOP_GRACE_MS = 20_000;

/** SIGTERM (the server drains and leaves the membership ring), then SIGKILL if it has not exited in time. */
export async function stopServerProcess(server: ServerProcess): Promise<number | undefined> {
  const pid = serverPid(server);
  if (pid) {
    process.kill(pid, 'SIGTERM');
    const deadline = Date.now() + STOP_GRACE_MS;
    while (isAlive(pid) && Date.now() < deadline) await sleep(200);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  removePid(server.name);
  return pid;
}
