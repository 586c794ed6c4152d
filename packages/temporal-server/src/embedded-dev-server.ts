import { mkdirSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { defineSearchAttributeKey } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { resolveTemporalCli } from './executables';
import { projectStateDir } from './project-paths';

export const DEFAULT_ADDRESS = 'localhost:7233';
export const WEB_UI_URL = 'http://localhost:8233';

export interface EmbeddedDevServer {
  address: string;
  webUiUrl: string;
  stop(): Promise<void>;
}

/** Whether something accepts TCP connections on host:port. */
export function isListening(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, timeout: 1_000 });
    const answer = (listening: boolean) => {
      socket.destroy();
      resolve(listening);
    };
    socket.once('connect', () => answer(true));
    socket.once('timeout', () => answer(false));
    socket.once('error', () => answer(false));
  });
}

export interface EmbeddedDevServerOptions {
  /** Custom search attributes to register, so workflows that set them can start right away. */
  searchAttributes?: ReturnType<typeof defineSearchAttributeKey>[];
  /** Namespaces to create besides `namespace` (the Nexus caller's, say). */
  namespaces?: string[];
}

/**
 * Starts `temporal server start-dev` on localhost:7233 (Web UI on 8233), persisted to a SQLite file under
 * .temporal/state (or TEMPORAL_DEV_SERVER_DB), unless the user chose a server (TEMPORAL_ADDRESS) or one already answers there.
 * With TEMPORAL_UI_CODEC_ENDPOINT set, the Web UI decodes payloads through that codec server.
 * Returns undefined when it started nothing.
 */
export async function startEmbeddedDevServerIfNeeded(
  namespace: string,
  env: NodeJS.ProcessEnv = process.env,
  { searchAttributes, namespaces = [] }: EmbeddedDevServerOptions = {},
): Promise<EmbeddedDevServer | undefined> {
  if (env.TEMPORAL_ADDRESS) return undefined;
  if (await isListening('127.0.0.1', 7233)) return undefined;

  // TEMPORAL_DEV_SERVER_DB lets tests keep their own state apart from the developer's.
  const dbFilename = env.TEMPORAL_DEV_SERVER_DB ?? path.join(projectStateDir, 'dev-server.sqlite');
  mkdirSync(path.dirname(dbFilename), { recursive: true });
  const testEnv = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: resolveTemporalCli(env).executable,
      dbFilename,
      namespace,
      port: 7233,
      ui: true,
      uiPort: 8233,
      searchAttributes,
      extraArgs: [
        ...namespaces.flatMap((extra) => ['--namespace', extra]),
        ...(env.TEMPORAL_UI_CODEC_ENDPOINT ? ['--ui-codec-endpoint', env.TEMPORAL_UI_CODEC_ENDPOINT] : []),
      ],
    },
  });
  return { address: DEFAULT_ADDRESS, webUiUrl: WEB_UI_URL, stop: () => testEnv.teardown() };
}
