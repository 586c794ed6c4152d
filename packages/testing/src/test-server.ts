import type { DataConverter } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { type NativeConnection, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { CorrelationClientInterceptor, currentCorrelationId } from '@reference/correlation';
import { auditFilePath, CorrelationPlugin } from '@reference/correlation-worker';
import { createDataConverter } from '@reference/data-converter';
import { MAX_HEARTBEAT_THROTTLE_MS } from '@reference/models';
import { SEARCH_ATTRIBUTES, TASK_QUEUE } from '@reference/models/names';
import { createLocalTestEnv, createTimeSkippingTestEnv } from '@reference/temporal-server';
import { sharedWorkflowBundle } from './shared-bundle';

/** Starting a server can take a minute on a loaded machine. */
export const SETUP_TIMEOUT_MS = 180_000;

/** A test file's own server and the shipped workflow bundle; filled in before its first test. */
export interface TestServer {
  env: TestWorkflowEnvironment;
  workflowBundle: WorkflowBundleOption;
  /** The bundle's payload converter on the Node side: a test's own workers need it to decode activity payloads. */
  dataConverter: DataConverter;
}

export interface TestServerOptions {
  /** The time-skipping test server instead of the dev server, for long timers. */
  timeSkipping?: boolean;
  /** Also run a worker with the real activities on my-task-queue for the whole file. */
  runWorker?: boolean;
}

/**
 * Starts a server for the test file before its tests (the dev server with the project's search attributes, as
 * `pnpm dev` does, or the time-skipping one) and, if asked, a worker on the shipped bundle; stops both after them.
 */
export function useTestServer({ timeSkipping = false, runWorker = false }: TestServerOptions = {}): TestServer {
  const server = { workflowBundle: sharedWorkflowBundle(), dataConverter: createDataConverter() } as TestServer;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  beforeAll(async () => {
    // The bundle encodes with the project's payload converter, so the environment's client decodes with it too. Its
    // calls carry the correlation id a test sets with withCorrelationId, and none (the workflow makes one) outside it.
    const client = {
      dataConverter: server.dataConverter,
      interceptors: { workflow: [new CorrelationClientInterceptor(currentCorrelationId)] },
    };
    server.env = timeSkipping
      ? await createTimeSkippingTestEnv(client)
      : await createLocalTestEnv({ searchAttributes: SEARCH_ATTRIBUTES }, client);
    if (!runWorker) return;
    worker = await createTestWorker(server.env.nativeConnection);
    running = worker.run();
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await server.env?.teardown();
  });
  return server;
}

/**
 * A worker on my-task-queue with the shipped bundle, the project's data converter, the real activities
 * (`overrides` replace some of them), the worker's heartbeat throttle and, as the worker registers them, the
 * correlation id's interceptors and the audit sink (writing to the run's AUDIT_FILE).
 */
export function createTestWorker(
  connection: NativeConnection,
  overrides: Partial<typeof activities> = {},
): Promise<Worker> {
  return Worker.create({
    connection,
    taskQueue: TASK_QUEUE,
    workflowBundle: sharedWorkflowBundle(),
    dataConverter: createDataConverter(),
    activities: { ...activities, ...overrides },
    maxHeartbeatThrottleInterval: MAX_HEARTBEAT_THROTTLE_MS,
    plugins: [new CorrelationPlugin(auditFilePath())],
  });
}
