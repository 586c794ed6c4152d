import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { createDataConverter } from '@reference/data-converter';
import { TASK_QUEUE } from '@reference/workflows';

/** Where the workflow code comes from: the source package (bundled at start) or a prebuilt bundle. */
export type WorkflowSource = Pick<WorkerOptions, 'workflowsPath'> | Pick<WorkerOptions, 'workflowBundle'>;

/** The one worker of the project: every workflow and activity, polling the seed's task queue. */
export function workerOptions(connection: NativeConnection, namespace: string, source: WorkflowSource): WorkerOptions {
  return {
    connection,
    namespace,
    taskQueue: TASK_QUEUE,
    ...source,
    activities,
    // The same converter (and, when keys are configured, the same encryption) as every client: see data-converter.
    dataConverter: createDataConverter(),
    // The seed runs activities on a thread pool of 100; in Node they share the event loop, so this caps concurrency.
    maxConcurrentActivityTaskExecutions: 100,
    // On SIGINT/SIGTERM, in-flight activities get this long to finish before they are cancelled.
    shutdownGraceTime: '10 seconds',
  };
}

export function createWorker(connection: NativeConnection, namespace: string, source: WorkflowSource): Promise<Worker> {
  return Worker.create(workerOptions(connection, namespace, source));
}
