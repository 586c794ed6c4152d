import { loadClientConnectConfig } from '@temporalio/envconfig';
import { NativeConnection } from '@temporalio/worker';
import { DEFAULT_ADDRESS } from '@reference/temporal-server';

export interface ServerSettings {
  address: string;
  namespace: string;
  connectionOptions: ReturnType<typeof loadClientConnectConfig>['connectionOptions'];
}

/** Connection settings from TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TLS and API-key variables or a TOML profile. */
export function loadServerSettings(): ServerSettings {
  const { connectionOptions, namespace } = loadClientConnectConfig();
  return {
    address: connectionOptions.address ?? DEFAULT_ADDRESS,
    namespace: namespace ?? 'default',
    connectionOptions,
  };
}

export function connect(settings: ServerSettings): Promise<NativeConnection> {
  return NativeConnection.connect({ ...settings.connectionOptions, address: settings.address });
}
