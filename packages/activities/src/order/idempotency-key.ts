import { activityInfo } from '@temporalio/activity';

/**
 * The key an external system dedupes on: the same for every retry of one activity, different for every other
 * activity. Started by a workflow, that is workflow id + run id + activity id (the run id because activity ids
 * restart at 1 after continue-as-new); started on its own, the activity id + its run id.
 */
export function idempotencyKey(): string {
  const { workflowExecution, activityId, activityRunId } = activityInfo();
  const scope = workflowExecution ? `${workflowExecution.workflowId}/${workflowExecution.runId}` : activityRunId;
  return `${scope}/${activityId}`;
}
