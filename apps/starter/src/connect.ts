import { Client, Connection } from '@temporalio/client';
import { ConnectionSettingsError, explainConnectionFailure, loadConnectionSettings } from '@reference/connection';
import { createDataConverter } from '@reference/data-converter';
import { startTracing, type TracesExporter, tracesExporterFromEnv } from '@reference/telemetry';
import { correlationInterceptors } from './correlation';
import { UserError } from './user-error';

/**
 * A client for the server named by TEMPORAL_ADDRESS / TEMPORAL_NAMESPACE / TLS / API-key variables or a TOML
 * profile (default localhost:7233, namespace default). An unreachable server is a one-line UserError.
 * With OTEL_TRACES_EXPORTER=console|otlp, each call starts a trace that the worker continues down to the activities.
 */
async function connectClient(namespaceOverride?: string): Promise<{ client: Client; close: () => Promise<void> }> {
  const settings = connectionSettings();
  const { connectionOptions, address } = settings;
  const namespace = namespaceOverride ?? settings.namespace;
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
    // A server that is up but refuses these settings (TLS, mTLS) is told apart from one that is not there.
    const failure = await explainConnectionFailure(settings);
    if (failure && !failure.serverDown) {
      throw new UserError(`cannot reach the Temporal server at ${address}: ${failure.reason}`);
    }
    throw new UserError(
      `cannot reach the Temporal server at ${address} (${failure?.reason ?? (err instanceof Error ? err.message : String(err))}); ` +
        'start one with `pnpm dev` or `temporal server start-dev`, or set TEMPORAL_ADDRESS',
    );
  }
  // Without an exporter the client goes without interceptors: nothing to propagate, nothing to load.
  const tracing = exporter === 'none' ? undefined : await startTracing('reference-starter', exporter);
  // The same converter (and encryption, when keys are configured) as the worker: see @reference/data-converter.
  const dataConverter = createDataConverter();
  const client = new Client({
    connection,
    namespace,
    dataConverter,
    interceptors: correlationInterceptors(),
    plugins: tracing ? [tracing.plugin] : [],
  });
  return {
    client,
    close: async () => {
      await connection.close();
      await tracing?.shutdown();
    },
  };
}

/**
 * Runs `use` with a connected client and closes the connection after it, whatever happens. `namespace` replaces the
 * settings' own, for a workflow that lives in a namespace of its own (the Nexus caller's).
 */
export async function withClient<T>(use: (client: Client) => Promise<T>, namespace?: string): Promise<T> {
  const { client, close } = await connectClient(namespace);
  try {
    return await use(client);
  } finally {
    await close();
  }
}

/** The shared connection settings, with unreadable ones (a missing file, an unknown profile) as a one-line UserError. */
function connectionSettings(): ReturnType<typeof loadConnectionSettings> {
  try {
    return loadConnectionSettings();
  } catch (err) {
    if (err instanceof ConnectionSettingsError) throw new UserError(err.message);
    throw err;
  }
}
