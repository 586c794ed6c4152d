import {
  NativeConnection,
  Worker,
  type WorkerDeploymentOptions,
  type WorkerOptions,
  type WorkerPlugin,
} from '@temporalio/worker';
import * as activities from '@reference/activities';
import { auditFilePath, CorrelationPlugin } from '@reference/correlation-worker';
import { createDataConverter } from '@reference/data-converter';
import { MAX_HEARTBEAT_THROTTLE_MS } from '@reference/models';
import { TASK_QUEUE } from '@reference/workflows';
import { activityInterceptors } from './activity-input-check';
import { loadWorkerConfig } from './config';
import { greetingServiceHandler } from './nexus/greeting-service-handler';
import { tuningFrom, type Tuning } from './tuning';

/** Where the workflow code comes from: the source package (bundled at start) or a prebuilt bundle. */
export type WorkflowSource = Pick<WorkerOptions, 'workflowsPath'> | Pick<WorkerOptions, 'workflowBundle'>;

export interface WorkerSettings {
  /** Slots, cache, pollers, shutdown grace; the defaults keep an activity concurrency of 100. */
  tuning?: Tuning;
  /** The tracing plugin (interceptors and the span sink), when the caller set tracing up. */
  plugins?: WorkerPlugin[];
  /** Where the audit sink appends (AUDIT_FILE, else audit.jsonl in the private state folder). */
  auditFile?: string;
  /** Worker Versioning (deployment name, build id, default behaviour); unset, an unversioned worker. */
  deployment?: WorkerDeploymentOptions;
}

/** The one worker of the project: every workflow, activity and Nexus service, polling my-task-queue. */
export function workerOptions(
  connection: NativeConnection,
  namespace: string,
  source: WorkflowSource,
  {
    tuning = tuningFrom(loadWorkerConfig({})),
    plugins = [],
    auditFile = auditFilePath(),
    deployment,
  }: WorkerSettings = {},
): WorkerOptions {
  return {
    connection,
    namespace,
    taskQueue: TASK_QUEUE,
    ...source,
    activities,
    // A heartbeating activity hears its cancellation within half a second (see MAX_HEARTBEAT_THROTTLE_MS).
    maxHeartbeatThrottleInterval: MAX_HEARTBEAT_THROTTLE_MS,
    // Nexus endpoints that target this namespace and task queue reach these handlers (docs/nexus.md).
    nexusServices: [greetingServiceHandler],
    interceptors: { activity: activityInterceptors },
    // The same converter (and, when keys are configured, the same encryption) as every client: see data-converter.
    dataConverter: createDataConverter(),
    ...tuning,
    // The correlation id's interceptors and the audit sink first, so tracing's interceptors run inside their scope.
    plugins: [new CorrelationPlugin(auditFile), ...plugins],
    ...(deployment ? { workerDeploymentOptions: deployment } : {}),
  };
}

/**
 * The worker of a Nexus caller namespace (NEXUS_CALLER_NAMESPACE): the same workflow code and task queue name in
 * another namespace, so NexusGreetingWorkflow runs apart from the service it calls. It runs workflows only: every
 * activity and Nexus operation it needs is handled in the handler namespace.
 */
export function callerWorkerOptions(
  connection: NativeConnection,
  namespace: string,
  source: WorkflowSource,
  {
    tuning = tuningFrom(loadWorkerConfig({})),
    plugins = [],
    auditFile = auditFilePath(),
  }: Omit<WorkerSettings, 'deployment'> = {},
): WorkerOptions {
  return {
    connection,
    namespace,
    taskQueue: TASK_QUEUE,
    ...source,
    dataConverter: createDataConverter(),
    ...tuning,
    plugins: [new CorrelationPlugin(auditFile), ...plugins],
  };
}

/** The Nexus caller namespace's worker: see callerWorkerOptions. */
export function createCallerWorker(
  connection: NativeConnection,
  namespace: string,
  source: WorkflowSource,
  settings?: Omit<WorkerSettings, 'deployment'>,
): Promise<Worker> {
  return Worker.create(callerWorkerOptions(connection, namespace, source, settings));
}

export function createWorker(
  connection: NativeConnection,
  namespace: string,
  source: WorkflowSource,
  settings?: WorkerSettings,
): Promise<Worker> {
  return Worker.create(workerOptions(connection, namespace, source, settings));
}
