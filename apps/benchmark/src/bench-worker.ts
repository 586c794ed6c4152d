import { Client } from '@temporalio/client';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { loadConnectionSettings } from '@reference/connection';
import { createDataConverter } from '@reference/data-converter';
import { workerOptions } from '@reference/worker/options';
import { runLoad } from './load';
import type { FromWorker, ToWorker, WorkerTuning } from './types';

/**
 * A worker process of the benchmark: the project's workerOptions with the prebuilt bundle, plus the tuning given as
 * JSON in argv[2]. It can also drive load itself on its own connection, which is what eager workflow start needs.
 */
async function main(): Promise<void> {
  const tuning = JSON.parse(process.argv[2] ?? '{}') as WorkerTuning;
  Runtime.install({ logger: new DefaultLogger('WARN') });
  // As the project's worker reads them: TEMPORAL_ADDRESS, or a profile (the cluster's, with mTLS).
  const settings = loadConnectionSettings();
  const connection = await NativeConnection.connect({ ...settings.connectionOptions, address: settings.address });
  const source = { workflowBundle: { codePath: require.resolve('@reference/worker/workflow-bundle') } };
  const worker = await Worker.create({ ...workerOptions(connection, settings.namespace, source), ...tuning });
  const send = (message: FromWorker) => process.send?.(message);
  process.on('message', (message: ToWorker) => {
    if (message.type === 'gc') {
      global.gc?.();
      send({ type: 'gc-done', heapUsedBytes: process.memoryUsage().heapUsed });
      return;
    }
    const client = new Client({ connection, namespace: settings.namespace, dataConverter: createDataConverter() });
    runLoad(client, message.spec, (completed) => send({ type: 'progress', completed })).then(
      (result) => send({ type: 'done', result }),
      (err: unknown) => send({ type: 'failed', message: err instanceof Error ? err.message : String(err) }),
    );
  });
  console.log(`Worker polling task queue ${worker.options.taskQueue} (${JSON.stringify(tuning)})`);
  try {
    await worker.run();
  } finally {
    await connection.close();
    // The IPC channel would keep this process alive after the worker has drained, until the benchmark's SIGKILL.
    process.disconnect?.();
  }
}

main().catch((err: unknown) => {
  console.error(`bench worker: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
