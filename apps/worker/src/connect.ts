import { type ConnectionSettings, explainConnectionFailure, loadConnectionSettings } from '@reference/connection';
import { NativeConnection } from '@temporalio/worker';

export type ServerSettings = ConnectionSettings;

/**
 * Connection settings from TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TLS and API-key variables or a TOML profile; with
 * none, localhost:7233 (see @reference/connection).
 */
export function loadServerSettings(): ServerSettings {
  return loadConnectionSettings();
}

/** A connection to the server; one that fails says why in one line when a probe can tell (TLS, mTLS, no server). */
export async function connect(settings: ServerSettings): Promise<NativeConnection> {
  try {
    return await NativeConnection.connect({ ...settings.connectionOptions, address: settings.address });
  } catch (err) {
    const failure = await explainConnectionFailure(settings);
    if (!failure) throw err;
    throw new Error(`cannot connect to the Temporal server at ${settings.address}: ${failure.reason}`, { cause: err });
  }
}
