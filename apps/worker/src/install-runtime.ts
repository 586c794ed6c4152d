import { createLogger, type DestinationStream } from '@reference/telemetry';
import { Runtime } from '@temporalio/worker';

import type { WorkerConfig } from './config';

/**
 * Installs the process-wide Temporal runtime, before any connection exists: the SDK, workflow and activity loggers
 * (and Core's own logs, forwarded) write JSON lines through pino at LOG_LEVEL; with PROMETHEUS_BIND_ADDRESS the SDK's
 * metrics and the business counters of `metricMeter` are served at http://<address>/metrics.
 */
export function installRuntime(
  config: Pick<WorkerConfig, 'LOG_LEVEL' | 'PROMETHEUS_BIND_ADDRESS'>,
  logDestination?: DestinationStream,
): Runtime {
  const bindAddress = config.PROMETHEUS_BIND_ADDRESS;
  return Runtime.install({
    // SIGINT and SIGTERM are the process's own (stop-signal.ts): a second one must not kill it mid-drain.
    shutdownSignals: [],
    logger: createLogger(config.LOG_LEVEL, logDestination),
    telemetryOptions: {
      logging: { forward: {}, filter: { core: 'WARN', other: 'ERROR' } },
      ...(bindAddress ? { metrics: { prometheus: { bindAddress } } } : {}),
    },
  });
}
