import { LOCAL_TARGET } from '@temporalio/client';
import { loadClientConnectConfig } from '@temporalio/envconfig';
import { NativeConnection } from '@temporalio/worker';

export interface ServerSettings {
  address: string;
  namespace: string;
  connectionOptions: ReturnType<typeof loadClientConnectConfig>['connectionOptions'];
}

/**
 * Connection settings from TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TLS and API-key variables or a TOML profile; with
 * none, the SDK's own default (localhost:7233).
 */
export function loadServerSettings(): ServerSettings {
  const { connectionOptions, namespace } = loadClientConnectConfig();
  return {
    address: connectionOptions.address ?? LOCAL_TARGET,
    namespace: namespace ?? 'default',
    connectionOptions,
  };
}

export function connect(settings: ServerSettings): Promise<NativeConnection> {
  return NativeConnection.connect({ ...settings.connectionOptions, address: settings.address });
}
