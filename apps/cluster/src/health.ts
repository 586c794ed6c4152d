import { readFileSync } from 'node:fs';
import { Connection } from '@temporalio/client';
import { grpc } from '@temporalio/proto';
import { certificates, SERVER_NAME } from './certificates';
import type { ClusterSettings, ServerProcess } from './settings';

// The name each service registers with gRPC's standard health service (all four under the workflowservice package).
const HEALTH_NAMES: Record<ServerProcess['service'], string> = {
  frontend: 'temporal.api.workflowservice.v1.WorkflowService',
  history: 'temporal.api.workflowservice.v1.HistoryService',
  matching: 'temporal.api.workflowservice.v1.MatchingService',
  worker: 'temporal.api.workflowservice.v1.WorkerService',
};
const CHECK_TIMEOUT_MS = 2_000;

/**
 * Whether the process answers SERVING to gRPC's health check on its own port, over mTLS with the client certificate
 * (the frontend's TLS and internode TLS both trust the cluster's CA).
 */
export async function serves(server: ServerProcess, settings: ClusterSettings): Promise<boolean> {
  const connection = Connection.lazy({
    address: `127.0.0.1:${settings.ports[server.name].grpc}`,
    tls: {
      serverNameOverride: SERVER_NAME,
      serverRootCACertificate: readFileSync(certificates.ca),
      clientCertPair: { crt: readFileSync(certificates.client), key: readFileSync(certificates.clientKey) },
    },
  });
  try {
    const { status } = await connection.withDeadline(Date.now() + CHECK_TIMEOUT_MS, () =>
      connection.healthService.check({ service: HEALTH_NAMES[server.service] }),
    );
    return status === grpc.health.v1.HealthCheckResponse.ServingStatus.SERVING;
  } catch {
    return false;
  } finally {
    await connection.close();
  }
}
