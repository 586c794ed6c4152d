import { existsSync } from 'node:fs';
import { Client, Connection } from '@temporalio/client';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { createDataConverter } from '@reference/data-converter';
import { startTracing, type TracesExporter, tracesExporterFromEnv } from '@reference/telemetry';
import { UserError } from './user-error';

const DEFAULT_ADDRESS = 'localhost:7233';

/**
 * A client for the server named by TEMPORAL_ADDRESS / TEMPORAL_NAMESPACE / TLS / API-key variables or a TOML
 * profile (default localhost:7233, namespace default). An unreachable server is a one-line UserError.
 * With OTEL_TRACES_EXPORTER=console|otlp, each call starts a trace that the worker continues down to the activities.
 */
async function connectClient(): Promise<{ client: Client; close: () => Promise<void> }> {
  const { connectionOptions, namespace = 'default' } = loadConnectionSettings();
  const address = connectionOptions.address ?? DEFAULT_ADDRESS;
  let exporter: TracesExporter;
  try {
    exporter = tracesExporterFromEnv();
  } catch (err) {
    throw new UserError(err instanceof Error ? err.message : String(err));
  }
  let connection: Connection;
  try {
    connection = await Connection.connect({ ...connectionOptions, address, connectTimeout: '5 seconds' });
  } catch (err) {
    throw new UserError(
      `cannot reach the Temporal server at ${address} (${err instanceof Error ? err.message : String(err)}); ` +
        'start one with `pnpm dev` or `temporal server start-dev`, or set TEMPORAL_ADDRESS',
    );
  }
  // Without an exporter the client goes without interceptors: nothing to propagate, nothing to load.
  const tracing = exporter === 'none' ? undefined : await startTracing('reference-starter', exporter);
  // The same converter (and encryption, when keys are configured) as the worker: see @reference/data-converter.
  const dataConverter = createDataConverter();
  const client = new Client({ connection, namespace, dataConverter, plugins: tracing ? [tracing.plugin] : [] });
  return {
    client,
    close: async () => {
      await connection.close();
      await tracing?.shutdown();
    },
  };
}

/** Runs `use` with a connected client and closes the connection after it, whatever happens. */
export async function withClient<T>(use: (client: Client) => Promise<T>): Promise<T> {
  const { client, close } = await connectClient();
  try {
    return await use(client);
  } finally {
    await close();
  }
}

/** envconfig's settings, with unreadable ones (a missing file, an unknown profile) as a one-line UserError. */
function loadConnectionSettings(): ReturnType<typeof loadClientConnectConfig> {
  // envconfig skips a missing config file silently; one the user named must exist, or the defaults would be used.
  const configFile = process.env.TEMPORAL_CONFIG_FILE;
  if (configFile && !existsSync(configFile)) throw new UserError(`TEMPORAL_CONFIG_FILE ${configFile} does not exist`);
  try {
    return loadClientConnectConfig();
  } catch (err) {
    // The first line only: a TOML parser's later lines quote the file, which may hold secrets.
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new UserError(`bad connection settings: ${message}`);
  }
}
