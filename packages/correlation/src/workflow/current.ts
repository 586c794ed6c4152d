import { workflowInfo } from '@temporalio/workflow';

// Module state is per workflow: the SDK evaluates a bundle's modules (this one included) once for each workflow.
let adopted: string | undefined;

/** Called by the inbound interceptor as the workflow starts, with the id its start carried or the one made for it. */
export function adoptCorrelationId(id: string): void {
  adopted = id;
}

/** The id adopted so far; undefined before the workflow has started (the SDK's own "started" line). */
export function adoptedCorrelationId(): string | undefined {
  return adopted;
}

/**
 * This workflow's correlation id: the one its client, parent or previous run sent, else its first run's id. The same
 * for the whole run, whoever sends it a message.
 */
export function correlationId(): string {
  return adopted ?? workflowInfo().firstExecutionRunId;
}
