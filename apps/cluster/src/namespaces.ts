import { type Connection, isGrpcServiceError } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import Long from 'long';
import { ensureNexusEndpoint } from '@reference/temporal-server';
import { GREETING_ENDPOINT, NEXUS_CALLER_NAMESPACE, SEARCH_ATTRIBUTES, TASK_QUEUE } from '@reference/workflows';
import { waitFor } from './wait-for';

const NAMESPACE = 'default';
const RETENTION_SECONDS = 24 * 60 * 60;
const ALREADY_EXISTS = 6; // the gRPC status code

/**
 * What the project's workflows expect of a server, as `pnpm dev` sets up its dev server: the `default` namespace with
 * the project's search attributes, and the Nexus caller's namespace with the endpoint to the greeting service.
 * A real server creates no namespace by itself. Safe to run again.
 */
export async function registerProjectNamespaces(connection: Connection): Promise<void> {
  for (const namespace of [NAMESPACE, NEXUS_CALLER_NAMESPACE]) {
    await unlessExists(
      connection.workflowService.registerNamespace({
        namespace,
        workflowExecutionRetentionPeriod: { seconds: Long.fromNumber(RETENTION_SECONDS) },
      }),
    );
  }
  await unlessExists(
    connection.operatorService.addSearchAttributes({
      namespace: NAMESPACE,
      searchAttributes: Object.fromEntries(
        SEARCH_ATTRIBUTES.map((key) => [
          key.name,
          temporal.api.enums.v1.IndexedValueType[`INDEXED_VALUE_TYPE_${key.type}`],
        ]),
      ),
    }),
  );
  await ensureNexusEndpoint(connection, {
    name: GREETING_ENDPOINT,
    targetNamespace: NAMESPACE,
    targetTaskQueue: TASK_QUEUE,
  });
  // Each service learns of a new namespace when its namespace cache next refreshes: wait until a start would work.
  for (const namespace of [NAMESPACE, NEXUS_CALLER_NAMESPACE]) {
    await waitFor(() => namespaceServes(connection, namespace), `namespace ${namespace} serving`, 60_000);
  }
}

/** Awaits a create call; one refused because the thing exists already (a later `up`) is done. */
async function unlessExists(call: Promise<unknown>): Promise<void> {
  try {
    await call;
  } catch (err) {
    if (!(isGrpcServiceError(err) && (err.code as number) === ALREADY_EXISTS)) throw err;
  }
}

/** Whether the frontend answers a visibility query in the namespace (it refuses one for a namespace it does not know). */
async function namespaceServes(connection: Connection, namespace: string): Promise<boolean> {
  try {
    await connection.workflowService.countWorkflowExecutions({ namespace, query: '' });
    return true;
  } catch {
    return false;
  }
}
