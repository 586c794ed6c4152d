import { performance } from 'node:perf_hooks';
import { describeEncryption } from '@reference/data-converter';
import { startTracing } from '@reference/telemetry';
import { loadWorkerConfig, type WorkerConfig } from './config';
import { createWorker, type WorkflowSource } from './create-worker';
import { connect, loadServerSettings } from './connect';
import { installRuntime } from './install-runtime';
import { tuningFrom } from './tuning';

/**
 * First thing in an entry point: reads the configuration and installs the process-wide runtime (logs, metrics),
 * which must happen before anything (a worker, a test server) makes the SDK create its default runtime.
 */
export function setUpProcess(): WorkerConfig {
  const config = loadWorkerConfig();
  installRuntime(config);
  if (config.PROMETHEUS_BIND_ADDRESS) console.log(`Metrics at http://${config.PROMETHEUS_BIND_ADDRESS}/metrics`);
  return config;
}

/**
 * Sets tracing up, connects, creates the worker and runs it until SIGINT or SIGTERM (Worker.run's default shutdown
 * signals), then closes the connection and flushes spans. Prints one line when it starts polling.
 */
export async function runWorker(source: WorkflowSource, config: WorkerConfig): Promise<void> {
  const tracing = await startTracing('reference-worker', config.OTEL_TRACES_EXPORTER);
  const settings = loadServerSettings();
  const connection = await connect(settings);
  try {
    const createdAt = performance.now();
    const worker = await createWorker(connection, settings.namespace, source, {
      tuning: tuningFrom(config),
      plugins: [tracing.plugin],
    });
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
    await tracing.shutdown();
  }
}

/** For entry points: a one-line error and a non-zero exit instead of a stack trace. */
export function exitOnError(err: unknown): never {
  console.error(`worker: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
