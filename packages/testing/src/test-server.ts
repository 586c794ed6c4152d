import type { DataConverter } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Worker, WorkflowBundleOption } from '@temporalio/worker';
import { correlationClientInterceptors, currentCorrelationId } from '@reference/correlation';
import { createDataConverter } from '@reference/data-converter';
import { SEARCH_ATTRIBUTES } from '@reference/models/names';
import { createLocalTestEnv, createTimeSkippingTestEnv } from '@reference/temporal-server';
import { sharedWorkflowBundle } from './shared-bundle';
import { createTestWorker } from './test-worker';

/** Starting a server can take a minute on a loaded machine. */
export const SETUP_TIMEOUT_MS = 180_000;

/** A test file's own server and the shipped workflow bundle; filled in before its first test. */
export interface TestServer {
  env: TestWorkflowEnvironment;
  workflowBundle: WorkflowBundleOption;
  /** The bundle's payload converter on the Node side: a test's own workers need it to decode activity payloads. */
  dataConverter: DataConverter;
}

export interface StartTestServerOptions {
  /** The time-skipping test server instead of the dev server, for long timers. */
  timeSkipping?: boolean;
  /** Namespaces the dev server has besides `default` (the Nexus caller's, for one). */
  namespaces?: string[];
}

export interface TestServerOptions extends StartTestServerOptions {
  /** Also run a worker with the real activities on my-task-queue for the whole file. */
  runWorker?: boolean;
}

/**
 * A server (the dev server with the project's search attributes, as `pnpm dev` starts it, or the time-skipping one)
 * whose client uses the project's payload converter, as the bundle does, and sends the correlation id a test sets
 * with withCorrelationId (none outside it: the workflow makes one), on workflow calls and in schedules it creates. For a helper that starts it itself.
 */
export function startTestServer({
  timeSkipping = false,
  namespaces = [],
}: StartTestServerOptions = {}): Promise<TestWorkflowEnvironment> {
  const client = {
    dataConverter: createDataConverter(),
    interceptors: correlationClientInterceptors(currentCorrelationId),
  };
  if (timeSkipping) return createTimeSkippingTestEnv(client);
  const extraArgs = namespaces.flatMap((namespace) => ['--namespace', namespace]);
  return createLocalTestEnv({ searchAttributes: SEARCH_ATTRIBUTES, extraArgs }, client);
}

/**
 * Starts a server for the test file before its tests (see startTestServer) and, if asked, a worker on the shipped
 * bundle; stops both after them.
 */
export function useTestServer({ runWorker = false, ...serverOptions }: TestServerOptions = {}): TestServer {
  const server = { workflowBundle: sharedWorkflowBundle(), dataConverter: createDataConverter() } as TestServer;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  beforeAll(async () => {
    server.env = await startTestServer(serverOptions);
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
