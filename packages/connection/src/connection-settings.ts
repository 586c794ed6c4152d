import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadClientConnectConfig } from '@temporalio/envconfig';

type ConnectConfig = ReturnType<typeof loadClientConnectConfig>;

export interface ConnectionSettings {
  address: string;
  namespace: string;
  /** Whether the environment or a profile names a server; when not, `address` is the local default. */
  serverChosen: boolean;
  connectionOptions: ConnectConfig['connectionOptions'];
}

/** Settings that cannot be read: its message is one line, fit to show the user as it is. */
export class ConnectionSettingsError extends Error {
  override name = 'ConnectionSettingsError';
}

const DEFAULT_ADDRESS = 'localhost:7233';

/**
 * The server to connect to, as every Temporal tool reads it: TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TLS and API-key
 * variables over a TOML profile (TEMPORAL_CONFIG_FILE, TEMPORAL_PROFILE); with none, localhost:7233 and `default`.
 * A relative TEMPORAL_CONFIG_FILE is read from where the command was typed: pnpm runs each app's script in the app's
 * folder and says where it started in INIT_CWD.
 */
export function loadConnectionSettings(env: NodeJS.ProcessEnv = process.env): ConnectionSettings {
  const named = env.TEMPORAL_CONFIG_FILE;
  const configFile = named ? path.resolve(env.INIT_CWD ?? process.cwd(), named) : undefined;
  // envconfig skips a missing file silently: one the user named must exist, or the defaults would be used unnoticed.
  if (configFile && !existsSync(configFile))
    throw new ConnectionSettingsError(`TEMPORAL_CONFIG_FILE ${named} does not exist`);
  let config: ConnectConfig;
  try {
    config = loadClientConnectConfig({
      configSource: configFile ? { path: configFile } : undefined,
      overrideEnvVars: env as Record<string, string>,
    });
  } catch (err) {
    // The first line only: a TOML parser's later lines quote the file, which may hold secrets.
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new ConnectionSettingsError(`bad connection settings: ${message}`);
  }
  const { connectionOptions, namespace = 'default' } = config;
  const serverChosen = connectionOptions.address !== undefined;
  return { address: connectionOptions.address ?? DEFAULT_ADDRESS, namespace, serverChosen, connectionOptions };
}
