import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { certificates, SERVER_NAME } from './certificates';
import { paths } from './layout';
import { DATABASE_USER } from './postgres';
import { frontendAddress, type ClusterSettings, type ProcessName } from './settings';

// Few shards, so two history hosts on one machine split them quickly; enough to show them moving between hosts.
const HISTORY_SHARDS = 8;
// Five processes each hold a pool: at the development config's sizes they exceed PostgreSQL's 100 connections.
const POOL = { default: 10, visibility: 4 };

/**
 * The one configuration file of all five server processes (the server's `# enable-template`: Go templates over the
 * environment). What differs between processes comes from the environment `processEnv` gives each one: its metrics
 * port, and for the second history host its own two ports.
 */
export function writeServerConfig(settings: ClusterSettings): void {
  const { ports } = settings;
  const store = (database: string, maxConns: number) => `
      sql:
        pluginName: postgres12
        databaseName: ${database}
        connectAddr: "127.0.0.1:${settings.postgresPort}"
        connectProtocol: tcp
        user: ${DATABASE_USER}
        password: "${settings.databasePassword}"
        maxConns: ${maxConns}
        maxIdleConns: ${maxConns}
        maxConnLifetime: 1h`;
  const tlsServer = `
        certFile: ${certificates.server}
        keyFile: ${certificates.serverKey}
        requireClientAuth: true
        clientCaFiles: [${certificates.ca}]`;
  const tlsClient = `
        serverName: ${SERVER_NAME}
        rootCaFiles: [${certificates.ca}]`;
  const rpc = (name: ProcessName) => `
    rpc:
      grpcPort: ${ports[name].grpc}
      membershipPort: ${ports[name].membership}
      bindOnLocalHost: true`;
  const config = `# enable-template
# Written by \`pnpm cluster up\` (apps/cluster/src/server-config.ts); rewritten on every \`up\`.
log:
  stdout: true
  level: info
persistence:
  defaultStore: postgres-default
  visibilityStore: postgres-visibility
  numHistoryShards: ${HISTORY_SHARDS}
  datastores:
    postgres-default:${store('temporal', POOL.default)}
    postgres-visibility:${store('temporal_visibility', POOL.visibility)}
global:
  membership:
    maxJoinDuration: 30s
    broadcastAddress: 127.0.0.1
  metrics:
    prometheus:
      framework: tally
      timerType: histogram
      listenAddress: '127.0.0.1:{{ env "METRICS_PORT" }}'
  tls:
    internode:
      server:${tlsServer}
      client:${tlsClient}
    frontend:
      server:${tlsServer}
      client:${tlsClient}
    systemWorker:
      certFile: ${certificates.server}
      keyFile: ${certificates.serverKey}
      client:${tlsClient}
services:
  frontend:${rpc('frontend')}
      httpPort: ${settings.frontendHttpPort}
  history:
    rpc:
      grpcPort: {{ env "HISTORY_GRPC_PORT" | default "${ports['history-1'].grpc}" }}
      membershipPort: {{ env "HISTORY_MEMBERSHIP_PORT" | default "${ports['history-1'].membership}" }}
      bindOnLocalHost: true
  matching:${rpc('matching')}
  worker:${rpc('worker')}
clusterMetadata:
  enableGlobalNamespace: false
  failoverVersionIncrement: 10
  masterClusterName: active
  currentClusterName: active
  clusterInformation:
    active:
      enabled: true
      initialFailoverVersion: 1
      rpcName: frontend
      rpcAddress: ${frontendAddress(settings)}
dcRedirectionPolicy:
  policy: noop
publicClient:
  hostPort: ${frontendAddress(settings)}
`;
  mkdirSync(path.dirname(paths.serverConfig), { recursive: true });
  writeFileSync(paths.serverConfig, config, { mode: 0o600 });
}

/** The environment that makes the shared configuration this process's own. */
export function processEnv(name: ProcessName, settings: ClusterSettings): Record<string, string> {
  const ports = settings.ports[name];
  return {
    METRICS_PORT: String(ports.metrics),
    ...(name.startsWith('history-')
      ? { HISTORY_GRPC_PORT: String(ports.grpc), HISTORY_MEMBERSHIP_PORT: String(ports.membership) }
      : {}),
  };
}
