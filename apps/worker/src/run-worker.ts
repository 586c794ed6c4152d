import { performance } from 'node:perf_hooks';
import type { Worker } from '@temporalio/worker';
import { auditFilePath, openAuditTrail } from '@reference/correlation-worker';
import { describeEncryption } from '@reference/data-converter';
import { startTracing } from '@reference/telemetry';
import { loadWorkerConfig, type WorkerConfig } from './config';
import { createCallerWorker, createWorker, type WorkflowSource } from './create-worker';
import { connect, loadServerSettings } from './connect';
import { installRuntime } from './install-runtime';
import { listenForStop, stopRequested } from './stop-signal';
import { tuningFrom } from './tuning';
import { versioningFrom, type Versioning } from './versioning';
import { resolveWorkflowCode } from './workflow-code';

/**
 * First thing in an entry point: reads the configuration and installs the process-wide runtime (logs, metrics),
 * which must happen before anything (a worker, a test server) makes the SDK create its default runtime.
 */
export function setUpProcess(): WorkerConfig {
  const config = loadWorkerConfig();
  installRuntime(config);
  listenForStop(config.WORKER_SHUTDOWN_GRACE_SECONDS);
  if (config.PROMETHEUS_BIND_ADDRESS) console.log(`Metrics at http://${config.PROMETHEUS_BIND_ADDRESS}/metrics`);
  return config;
}

/**
 * Sets tracing up, connects, creates the worker and runs it until SIGINT or SIGTERM (stop-signal.ts), then closes the
 * connection and flushes spans. Prints one line when it starts polling.
 */
export async function runWorker(source: WorkflowSource, config: WorkerConfig): Promise<void> {
  // Off by default: no plugin at all, so no interceptor runs in a workflow or an activity.
  const tracing =
    config.OTEL_TRACES_EXPORTER === 'none'
      ? undefined
      : await startTracing('reference-worker', config.OTEL_TRACES_EXPORTER);
  const plugins = tracing ? [tracing.plugin] : [];
  const auditFile = auditFilePath();
  openAuditTrail(auditFile);
  const settings = loadServerSettings();
  const connection = await connect(settings);
  try {
    const createdAt = performance.now();
    const mode = 'workflowBundle' in source ? 'prebuilt bundle' : 'workflowsPath';
    // Source code is bundled here as `build` bundles it (the correlation id's workflow interceptors included), never
    // by the SDK; a versioned worker's build id comes from that code, and a caller worker shares it, bundled once.
    const resolved = await resolveWorkflowCode(source, plugins);
    const versioning = versioningFrom(config, resolved.code);
    const worker = await createWorker(connection, settings.namespace, resolved.source, {
      tuning: tuningFrom(config),
      plugins,
      auditFile,
      deployment: versioning?.options,
    });
    const createMs = Math.round(performance.now() - createdAt);
    console.log(
      `Worker polling task queue ${worker.options.taskQueue} at ${settings.address} (namespace ${settings.namespace}); ` +
        `Worker.create took ${createMs} ms with ${mode}`,
    );
    console.log(`Worker payloads: superjson, ${describeEncryption()}`);
    console.log(`Audit trail: ${auditFile}`);
    if (versioning) console.log(describeVersioning(versioning));
    const callerWorker =
      config.NEXUS_CALLER_NAMESPACE === undefined
        ? undefined
        : await createCallerWorker(connection, config.NEXUS_CALLER_NAMESPACE, resolved.source, {
            tuning: tuningFrom(config),
            plugins,
            auditFile,
          });
    if (callerWorker) {
      console.log(
        `Nexus caller worker polling task queue ${callerWorker.options.taskQueue} (namespace ${config.NEXUS_CALLER_NAMESPACE})`,
      );
    }
    await runTogether(callerWorker ? [worker, callerWorker] : [worker]);
  } finally {
    await connection.close();
    await tracing?.shutdown();
  }
}

/** Runs the workers until SIGINT or SIGTERM stops them all; when one stops on its own (fails), the others stop too. */
async function runTogether(workers: Worker[]): Promise<void> {
  // A stop asked for during start-up (already resolved) ends them as soon as they run.
  void stopRequested().then(() => {
    for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
  });
  await Promise.all(
    workers.map((worker) =>
      worker.run().finally(() => {
        for (const other of workers) if (other.getState() === 'RUNNING') other.shutdown();
      }),
    ),
  );
}

/** The start-up line of a versioned worker: its version, and how new workflows get to it. */
function describeVersioning({ options, buildIdSource }: Versioning): string {
  const { deploymentName, buildId } = options.version;
  return (
    `Worker Versioning: deployment ${deploymentName}, build id ${buildId} (${buildIdSource}), ` +
    `default behaviour ${options.defaultVersioningBehavior}. New workflows reach this version once it is current: ` +
    `pnpm --filter starter start deployment set-current --name ${deploymentName} --build-id ${buildId}`
  );
}

/** For entry points: a one-line error and a non-zero exit instead of a stack trace. */
export function exitOnError(err: unknown): never {
  console.error(`worker: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
