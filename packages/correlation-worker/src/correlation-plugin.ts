import type { ReplayWorkerOptions, WorkerOptions, WorkerPlugin } from '@temporalio/worker';
import { correlationClientInterceptors, currentCorrelationId } from '@reference/correlation';
import { correlationActivityInterceptors } from './activity-interceptors';
import { auditSinks } from './audit-trail';
import { correlationNexusInterceptors } from './nexus-interceptors';

/**
 * Registers the worker's side of the correlation id and the audit sink: activity and Nexus interceptors first (so the
 * id is in scope for every other interceptor, tracing included, and on the SDK's own lines about the activity), the
 * worker's client interceptors (a workflow or a schedule created from an activity or a Nexus operation carries their
 * id), and the audit sink writing to `auditFile`. The workflow side is in the workflow bundle (@reference/workflow-bundle).
 */
export class CorrelationPlugin implements WorkerPlugin {
  readonly name = 'CorrelationPlugin';

  constructor(private readonly auditFile: string) {}

  configureWorker(options: WorkerOptions): WorkerOptions {
    const interceptors = options.interceptors ?? {};
    const clientWorkflow = interceptors.client?.workflow ?? [];
    if (!Array.isArray(clientWorkflow)) throw new TypeError('CorrelationPlugin needs client interceptors as an array');
    const ours = correlationClientInterceptors(currentCorrelationId);
    return {
      ...options,
      interceptors: {
        ...interceptors,
        activity: [correlationActivityInterceptors, ...(interceptors.activity ?? [])],
        nexus: [correlationNexusInterceptors, ...(interceptors.nexus ?? [])],
        client: {
          ...interceptors.client,
          workflow: [...ours.workflow, ...clientWorkflow],
          schedule: [...ours.schedule, ...(interceptors.client?.schedule ?? [])],
        },
      },
      sinks: { ...options.sinks, ...auditSinks(this.auditFile) },
    };
  }

  // A replay calls no sink of ours, but the workflow still names it: registered, it is skipped without a complaint.
  configureReplayWorker(options: ReplayWorkerOptions): ReplayWorkerOptions {
    return { ...options, sinks: { ...options.sinks, ...auditSinks(this.auditFile) } };
  }
}
