import { type NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { auditFilePath, CorrelationPlugin } from '@reference/correlation-worker';
import { createDataConverter } from '@reference/data-converter';
import { MAX_HEARTBEAT_THROTTLE_MS } from '@reference/models';
import { TASK_QUEUE } from '@reference/models/names';
import { sharedWorkflowBundle } from './shared-bundle';

/** What a test changes in its worker; anything else of WorkerOptions passes through as it is. */
export interface TestWorkerOptions extends Omit<WorkerOptions, 'connection' | 'taskQueue' | 'activities'> {
  /** my-task-queue unless the test wants a queue of its own. */
  taskQueue?: string;
  /** Replace some of the real activities (jest mocks, faults), or add some. */
  activities?: Partial<typeof activities> & Record<string, unknown>;
  /** false: the worker has `activities` only, none of the real ones (a test of an activity nobody runs). */
  realActivities?: boolean;
  /** false: an activity worker, polling no workflow tasks. */
  workflows?: boolean;
}

/**
 * The options of a test worker: the shipped bundle (unless `workflowBundle` or `workflowsPath` names a fixture), the
 * project's data converter, the real activities with the test's `activities` over them, the worker's heartbeat
 * throttle and, as the worker registers them, the correlation id's interceptors and the audit sink (writing to the
 * run's AUDIT_FILE) before the test's own `plugins`.
 */
export function testWorkerOptions(
  connection: NativeConnection,
  {
    taskQueue = TASK_QUEUE,
    activities: overrides = {},
    realActivities = true,
    workflows = true,
    plugins = [],
    ...options
  }: TestWorkerOptions = {},
): WorkerOptions {
  const ownCode = options.workflowBundle !== undefined || options.workflowsPath !== undefined;
  return {
    connection,
    taskQueue,
    ...(workflows && !ownCode ? { workflowBundle: sharedWorkflowBundle() } : {}),
    dataConverter: createDataConverter(),
    activities: { ...(realActivities ? activities : {}), ...overrides },
    maxHeartbeatThrottleInterval: MAX_HEARTBEAT_THROTTLE_MS,
    ...options,
    plugins: [new CorrelationPlugin(auditFilePath()), ...plugins],
  };
}

/** A worker as the production worker is built, changed only where the test says (see testWorkerOptions). */
export function createTestWorker(connection: NativeConnection, options: TestWorkerOptions = {}): Promise<Worker> {
  return Worker.create(testWorkerOptions(connection, options));
}
