import { performance } from 'node:perf_hooks';
import { describeEncryption } from '@reference/data-converter';
import { createWorker, type WorkflowSource } from './create-worker';
import { connect, loadServerSettings } from './connect';

/**
 * Connects, creates the worker and runs it until SIGINT or SIGTERM (Worker.run's default shutdown signals),
 * then closes the connection. Prints one line when it starts polling.
 */
export async function runWorker(source: WorkflowSource): Promise<void> {
  const settings = loadServerSettings();
  const connection = await connect(settings);
  try {
    const createdAt = performance.now();
    const worker = await createWorker(connection, settings.namespace, source);
    const createMs = Math.round(performance.now() - createdAt);
    const mode = 'workflowBundle' in source ? 'prebuilt bundle' : 'workflowsPath';
    console.log(
      `Worker polling task queue ${worker.options.taskQueue} at ${settings.address} (namespace ${settings.namespace}); ` +
        `Worker.create took ${createMs} ms with ${mode}`,
    );
    console.log(`Worker payloads: superjson, ${describeEncryption()}`);
    await worker.run();
  } finally {
    await connection.close();
  }
}

/** For entry points: a one-line error and a non-zero exit instead of a stack trace. */
export function exitOnError(err: unknown): never {
  console.error(`worker: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
