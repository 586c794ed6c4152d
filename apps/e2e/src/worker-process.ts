import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createLocalTestEnv, ensureNexusEndpoint } from '@reference/temporal-server';
import { GREETING_ENDPOINT, NEXUS_CALLER_NAMESPACE, SEARCH_ATTRIBUTES, TASK_QUEUE } from '@reference/workflows';
import { BackgroundProcess } from './processes';

const workerDir = path.dirname(require.resolve('@reference/worker/package.json'));

type DevServerOptions = NonNullable<Parameters<typeof createLocalTestEnv>[0]>;

/**
 * A dev server with the project's search attributes, as `pnpm dev` starts it; `options` add to that (a SQLite file,
 * a port, the Web UI, another namespace). Every server the processes talk to comes from here.
 */
export function startDevServer(options: DevServerOptions = {}): Promise<TestWorkflowEnvironment> {
  return createLocalTestEnv({ searchAttributes: SEARCH_ATTRIBUTES, ...options });
}

/** The production worker (prebuilt bundle) as its own process, resolved once it polls. */
export async function startWorkerProcess(env: NodeJS.ProcessEnv): Promise<BackgroundProcess> {
  const worker = new BackgroundProcess('node', ['dist/main.js'], { cwd: workerDir, env });
  await worker.waitForLine(/^Worker polling task queue my-task-queue/, 60_000);
  return worker;
}

/** A test file's dev server, the environment that points worker and starter processes at it, and its worker. */
export interface ServerForProcesses {
  server: TestWorkflowEnvironment;
  env: NodeJS.ProcessEnv;
  /** Set when the worker process was asked for. */
  worker?: BackgroundProcess;
}

/**
 * Starts a dev server with the project's search attributes, as `pnpm dev` does (and, with `worker`, the production worker process) before the file's tests; stops both after
 * them. `env` adds variables that worker and starter processes share. With `nexus`, also as `pnpm dev` does: the
 * Nexus caller's namespace, the endpoint, and the worker told to run the caller's workflows.
 */
export function useServerForProcesses({
  worker = false,
  nexus = false,
  env = {},
}: { worker?: boolean; nexus?: boolean; env?: NodeJS.ProcessEnv } = {}): ServerForProcesses {
  const setup = {} as ServerForProcesses;
  beforeAll(async () => {
    setup.server = await startDevServer({ extraArgs: nexus ? ['--namespace', NEXUS_CALLER_NAMESPACE] : [] });
    if (nexus) {
      const target = { targetNamespace: 'default', targetTaskQueue: TASK_QUEUE };
      await ensureNexusEndpoint(setup.server.connection, { name: GREETING_ENDPOINT, ...target });
    }
    setup.env = {
      ...process.env,
      TEMPORAL_ADDRESS: setup.server.address,
      TEMPORAL_NAMESPACE: 'default',
      ...(nexus ? { NEXUS_CALLER_NAMESPACE } : {}),
      ...env,
    };
    if (worker) setup.worker = await startWorkerProcess(setup.env);
  });
  afterAll(async () => {
    await setup.worker?.stop('SIGKILL');
    await setup.server?.teardown();
  });
  return setup;
}
