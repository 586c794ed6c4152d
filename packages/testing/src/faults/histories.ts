import type { WorkflowClient, WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';

type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;
type HistoryEvent = NonNullable<History['events']>[number];

const Cause = temporal.api.enums.v1.WorkflowTaskFailedCause;
/** Workflow task failures the server causes itself and the SDK recovers from; any other one is the workflow's bug. */
const SERVER_SIDE_CAUSES = new Set<number>([
  Cause.WORKFLOW_TASK_FAILED_CAUSE_UNHANDLED_COMMAND,
  Cause.WORKFLOW_TASK_FAILED_CAUSE_UNHANDLED_UPDATE,
  Cause.WORKFLOW_TASK_FAILED_CAUSE_RESET_STICKY_TASK_QUEUE,
  Cause.WORKFLOW_TASK_FAILED_CAUSE_FORCE_CLOSE_COMMAND,
]);

/** Every run of a workflow id, the latest first, following continue-as-new back to the first run. */
export async function runsOf(client: WorkflowClient, workflowId: string): Promise<History[]> {
  const runs: History[] = [];
  let runId: string | undefined;
  do {
    const history = await client.getHandle(workflowId, runId).fetchHistory();
    runs.push(history);
    runId = history.events?.[0]?.workflowExecutionStartedEventAttributes?.continuedExecutionRunId || undefined;
  } while (runId);
  return runs;
}

/** The ids of the child workflows these runs started. */
export function childWorkflowIds(runs: History[]): string[] {
  return runs.flatMap((run) =>
    (run.events ?? []).flatMap(
      (e) => e.childWorkflowExecutionStartedEventAttributes?.workflowExecution?.workflowId ?? [],
    ),
  );
}

/** The workflow and its children, theirs included, by id. */
export async function withDescendants(client: WorkflowClient, workflowId: string): Promise<string[]> {
  const children = childWorkflowIds(await runsOf(client, workflowId));
  const below = await Promise.all(children.map((child) => withDescendants(client, child)));
  return [workflowId, ...below.flat()];
}

/** Whether the run has taken in a cancellation request: a workflow task completed after it (or the run closed). */
export function tookInCancellation(run: History): boolean {
  const events = run.events ?? [];
  const requested = events.findIndex((e) => e.workflowExecutionCancelRequestedEventAttributes);
  if (requested < 0) return false;
  return events.slice(requested).some((e) => e.workflowTaskCompletedEventAttributes || closes(e));
}

function closes(event: HistoryEvent): boolean {
  return Boolean(
    event.workflowExecutionCompletedEventAttributes ||
    event.workflowExecutionFailedEventAttributes ||
    event.workflowExecutionCanceledEventAttributes ||
    event.workflowExecutionTerminatedEventAttributes ||
    event.workflowExecutionTimedOutEventAttributes ||
    event.workflowExecutionContinuedAsNewEventAttributes,
  );
}

/**
 * Failed workflow tasks, and updates accepted but never answered or failed without a type (an application failure's
 * type, or a cancellation), in these runs.
 */
export function historyViolations(workflowId: string, runs: History[]): string[] {
  const violations: string[] = [];
  for (const run of runs) {
    const answered = new Map<string, HistoryEvent>();
    for (const event of run.events ?? []) {
      const failed = event.workflowTaskFailedEventAttributes;
      if (failed && !SERVER_SIDE_CAUSES.has(failed.cause ?? 0)) {
        violations.push(
          `${workflowId}: a workflow task failed: ${failed.failure?.message ?? Cause[failed.cause ?? 0]}`,
        );
      }
      const completed = event.workflowExecutionUpdateCompletedEventAttributes;
      if (completed?.meta?.updateId) answered.set(completed.meta.updateId, event);
    }
    for (const event of run.events ?? []) {
      const accepted = event.workflowExecutionUpdateAcceptedEventAttributes?.acceptedRequest;
      if (!accepted) continue;
      const updateId = accepted.meta?.updateId ?? '';
      const name = accepted.input?.name ?? 'an update';
      const outcome = answered.get(updateId)?.workflowExecutionUpdateCompletedEventAttributes?.outcome;
      if (!outcome) violations.push(`${workflowId}: ${name} (${updateId}) was accepted and never answered`);
      else if (
        outcome.failure &&
        !outcome.failure.applicationFailureInfo?.type &&
        !outcome.failure.canceledFailureInfo
      ) {
        violations.push(`${workflowId}: ${name} failed without a failure type: ${outcome.failure.message}`);
      }
    }
  }
  return violations;
}
