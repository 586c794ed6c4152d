import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, Worker, type WorkflowBundleOption } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { createLocalTestEnv, createTimeSkippingTestEnv } from '@reference/temporal-server';
import { TASK_QUEUE } from '../..';

/** Starting a server and bundling the workflows can take a minute on a loaded machine. */
export const SETUP_TIMEOUT_MS = 180_000;

/** The bundle jest's global setup built for this run, or a fresh one when a file runs on its own. */
export async function sharedWorkflowBundle(): Promise<WorkflowBundleOption> {
  const codePath = process.env.WORKFLOW_BUNDLE_PATH;
  return codePath ? { codePath } : await bundleWorkflowCode({ workflowsPath: require.resolve('../../registry') });
}

/** A test file's own server and the project's workflow bundle; filled in before its first test. */
export interface TestServer {
  env: TestWorkflowEnvironment;
  workflowBundle: WorkflowBundleOption;
}

export interface TestServerOptions {
  /** The time-skipping test server instead of the dev server, for long timers. */
  timeSkipping?: boolean;
  /** Also run a worker with the real activities on the seed's task queue for the whole file. */
  runWorker?: boolean;
}

/** Starts a server (and, if asked, a worker) for the test file before its tests; stops both after them. */
export function useTestServer({ timeSkipping = false, runWorker = false }: TestServerOptions = {}): TestServer {
  const server = {} as TestServer;
  let worker: Worker | undefined;
  let running: Promise<void> | undefined;
  beforeAll(async () => {
    [server.env, server.workflowBundle] = await Promise.all([
      timeSkipping ? createTimeSkippingTestEnv() : createLocalTestEnv(),
      sharedWorkflowBundle(),
    ]);
    if (!runWorker) return;
    worker = await Worker.create({
      connection: server.env.nativeConnection,
      taskQueue: TASK_QUEUE,
      workflowBundle: server.workflowBundle,
      activities,
    });
    running = worker.run();
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    worker?.shutdown();
    await running;
    await server.env?.teardown();
  });
  return server;
}
