import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundle } from '@temporalio/worker';
import { createLocalTestEnv } from '@reference/temporal-server';
import { SEARCH_ATTRIBUTES } from '@reference/workflows';
import { bundleWorkflows } from '../../workflow-code';

/** A test file's dev server and the workflows bundle; filled in before its first test. */
export interface TestServer {
  env: TestWorkflowEnvironment;
  workflowBundle: WorkflowBundle;
}

/**
 * Starts a dev server (with the project's search attributes, as `pnpm dev` does) and bundles the workflows as `build` does (without tracing) before the file's tests; stops the
 * server after them.
 */
export function useTestServer(): TestServer {
  const server = {} as TestServer;
  beforeAll(async () => {
    [server.env, server.workflowBundle] = await Promise.all([
      createLocalTestEnv({ searchAttributes: SEARCH_ATTRIBUTES }),
      bundleWorkflows([]).then((code) => ({ code })),
    ]);
  });
  afterAll(async () => {
    await server.env?.teardown();
  });
  return server;
}
