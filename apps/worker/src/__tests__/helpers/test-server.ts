import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import { createLocalTestEnv } from '@reference/temporal-server';

/** A test file's dev server and the workflows bundle; filled in before its first test. */
export interface TestServer {
  env: TestWorkflowEnvironment;
  workflowBundle: WorkflowBundle;
}

/** Starts a dev server and bundles the workflows before the file's tests; stops the server after them. */
export function useTestServer(): TestServer {
  const server = {} as TestServer;
  beforeAll(async () => {
    [server.env, server.workflowBundle] = await Promise.all([
      createLocalTestEnv(),
      bundleWorkflowCode({ workflowsPath: require.resolve('@reference/workflows') }),
    ]);
  });
  afterAll(async () => {
    await server.env?.teardown();
  });
  return server;
}
