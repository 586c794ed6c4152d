import { Client, Connection } from '@temporalio/client';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { createDataConverter } from '@reference/data-converter';
import { UserError } from './user-error';

const DEFAULT_ADDRESS = 'localhost:7233';

/**
 * A client for the server named by TEMPORAL_ADDRESS / TEMPORAL_NAMESPACE / TLS / API-key variables or a TOML
 * profile (default localhost:7233, namespace default). An unreachable server is a one-line UserError.
 */
export async function connectClient(): Promise<{ client: Client; close: () => Promise<void> }> {
  const { connectionOptions, namespace = 'default' } = loadClientConnectConfig();
  const address = connectionOptions.address ?? DEFAULT_ADDRESS;
  let connection: Connection;
  try {
    connection = await Connection.connect({ ...connectionOptions, address, connectTimeout: '5 seconds' });
  } catch (err) {
    throw new UserError(
      `cannot reach the Temporal server at ${address} (${err instanceof Error ? err.message : String(err)}); ` +
        'start one with `pnpm dev` or `temporal server start-dev`, or set TEMPORAL_ADDRESS',
    );
  }
  // The same converter (and encryption, when keys are configured) as the worker: see @reference/data-converter.
  const dataConverter = createDataConverter();
  return { client: new Client({ connection, namespace, dataConverter }), close: () => connection.close() };
}
