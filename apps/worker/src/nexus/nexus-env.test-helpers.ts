import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { WorkflowBundle } from '@temporalio/worker';
import { correlationClientInterceptors, currentCorrelationId } from '@reference/correlation';
import { createDataConverter } from '@reference/data-converter';
import { ensureNexusEndpoint } from '@reference/temporal-server';
import { startTestServer } from '@reference/testing';
import { GREETING_ENDPOINT, NEXUS_CALLER_NAMESPACE, TASK_QUEUE } from '@reference/workflows';
import { createCallerWorker, createWorker } from '../create-worker';
import { bundleWorkflows } from '../workflow-code';

/**
 * A dev server with the caller's namespace and the endpoint, the project's two workers running, a client per side;
 * both send the correlation id a test sets with withCorrelationId, as the harness's client does.
 */
export interface NexusEnv {
  env: TestWorkflowEnvironment;
  /** Where NexusGreetingWorkflow runs. */
  caller: Client;
  /** Where GreetingService and its ScheduledGreetingWorkflow runs are handled ('default'). */
  handler: Client;
  stop(): Promise<void>;
}

/** As `pnpm dev` sets Nexus up: the endpoint created through the operator service, then both workers. */
export async function startNexusEnv(dataConverter = createDataConverter()): Promise<NexusEnv> {
  const [env, code] = await Promise.all([
    startTestServer({ namespaces: [NEXUS_CALLER_NAMESPACE] }),
    bundleWorkflows([]),
  ]);
  const source = { workflowBundle: { code } satisfies WorkflowBundle };
  await ensureNexusEndpoint(env.connection, {
    name: GREETING_ENDPOINT,
    targetNamespace: 'default',
    targetTaskQueue: TASK_QUEUE,
  });
  const workers = await Promise.all([
    createWorker(env.nativeConnection, 'default', source),
    createCallerWorker(env.nativeConnection, NEXUS_CALLER_NAMESPACE, source),
  ]);
  const running = Promise.all(workers.map((worker) => worker.run()));
  const clientOf = (namespace: string) =>
    new Client({
      connection: env.connection,
      namespace,
      dataConverter,
      interceptors: correlationClientInterceptors(currentCorrelationId),
    });
  return {
    env,
    caller: clientOf(NEXUS_CALLER_NAMESPACE),
    handler: clientOf('default'),
    stop: async () => {
      for (const worker of workers) worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}
