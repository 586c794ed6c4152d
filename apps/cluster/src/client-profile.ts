import { writeFileSync } from 'node:fs';
import { Connection } from '@temporalio/client';
import { clientConfigToToml, loadClientConnectConfig } from '@temporalio/envconfig';
import { certificates, SERVER_NAME } from './certificates';
import { paths, PROFILE } from './layout';
import { frontendAddress, type ClusterSettings } from './settings';

/**
 * The envconfig file clients use: profile `cluster` has the frontend's address, the `default` namespace and mTLS
 * (client certificate and key, the CA that signed the server's certificate, the name it is checked against). Paths
 * are absolute, so the file works from any folder (pnpm runs each app's script in its own).
 */
export function writeClientProfile(settings: ClusterSettings): void {
  const toml = clientConfigToToml({
    profiles: {
      [PROFILE]: {
        address: frontendAddress(settings),
        namespace: 'default',
        tls: {
          clientCert: { path: certificates.client },
          clientKey: { path: certificates.clientKey },
          serverCACert: { path: certificates.ca },
          serverName: SERVER_NAME,
        },
      },
    },
  });
  writeFileSync(paths.clientProfile, toml, { mode: 0o600 });
}

/** A connection made from the profile alone, as the worker and the starter make theirs. */
export function connectWithProfile(): Promise<Connection> {
  const { connectionOptions } = loadClientConnectConfig({
    configSource: { path: paths.clientProfile },
    profile: PROFILE,
    disableEnv: true,
  });
  return Connection.connect({ ...connectionOptions, connectTimeout: '10 seconds' });
}
