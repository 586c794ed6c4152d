import { isGrpcServiceError, type Connection } from '@temporalio/client';

export interface NexusEndpointSpec {
  /** What callers put in `createNexusServiceClient({ endpoint })`. */
  name: string;
  /** Where the handler's worker polls. */
  targetNamespace: string;
  targetTaskQueue: string;
}

const ALREADY_EXISTS = 6; // the gRPC status code

/**
 * Creates the endpoint unless one of that name exists (a persisted dev server keeps it between runs), as
 * `temporal operator nexus endpoint create --name ... --target-namespace ... --target-task-queue ...` does.
 * Returns whether it created it. CLI 1.9.1's dev server needs no Nexus flags for this (docs/nexus.md).
 */
export async function ensureNexusEndpoint(
  connection: Pick<Connection, 'operatorService'>,
  { name, targetNamespace, targetTaskQueue }: NexusEndpointSpec,
): Promise<boolean> {
  try {
    await connection.operatorService.createNexusEndpoint({
      spec: { name, target: { worker: { namespace: targetNamespace, taskQueue: targetTaskQueue } } },
    });
    return true;
  } catch (err) {
    if (isGrpcServiceError(err) && (err.code as number) === ALREADY_EXISTS) return false;
    throw err;
  }
}
