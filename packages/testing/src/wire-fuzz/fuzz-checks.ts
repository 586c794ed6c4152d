import type { WorkflowHandle } from '@temporalio/client';
import { historyViolations, runsOf } from '../faults/histories';

type History = Awaited<ReturnType<WorkflowHandle['fetchHistory']>>;
type HistoryEvent = NonNullable<History['events']>[number];

/** An event's kind as history names it: `workflowTaskCompleted`. */
function kind(event: HistoryEvent): string {
  const key = Object.keys(event).find((k) => k.endsWith('EventAttributes') && event[k as keyof HistoryEvent]);
  return key?.replace(/EventAttributes$/, '') ?? 'unknown';
}

/** A refused input's run: started, one workflow task, failed; nothing scheduled, no timer, no child, no message. */
const REFUSED = ['workflowExecutionStarted', 'workflowTaskScheduled', 'workflowTaskStarted', 'workflowTaskCompleted'];

/** A workflow task attempt no worker completed in time, as it sits in the list of kinds. */
const TIMED_OUT_ATTEMPT = ',workflowTaskScheduled,workflowTaskStarted,workflowTaskTimedOut';

/**
 * What is wrong with the history of a run given an invalid input: it must fail with `failureType` in its first
 * workflow task, having done nothing else.
 */
export async function refusedInFirstTask(handle: WorkflowHandle, failureType: string): Promise<string[]> {
  const events = (await handle.fetchHistory()).events ?? [];
  const kinds = events.map(kind);
  const failed = events.at(-1)?.workflowExecutionFailedEventAttributes;
  const problems: string[] = [];
  if (!failed) problems.push(`it ended with ${kinds.at(-1)}, not failed`);
  else if (failed.failure?.applicationFailureInfo?.type !== failureType) {
    problems.push(`it failed with ${failed.failure?.applicationFailureInfo?.type ?? failed.failure?.message}`);
  }
  // A first task that timed out on a busy worker did nothing: the refusal came in the attempt after it.
  const before = kinds.slice(0, -1).join().replaceAll(TIMED_OUT_ATTEMPT, '');
  if (before !== REFUSED.join()) problems.push(`before failing it recorded ${before}`);
  return problems;
}

/** Failed workflow tasks (and updates left unanswered) in every run of the workflow. */
export async function failedWorkflowTasks(handle: WorkflowHandle): Promise<string[]> {
  return historyViolations(handle.workflowId, await runsOf(handle.client, handle.workflowId));
}

/** The events after the first `from`: what signals dropped must not have caused beyond their own taking in. */
export async function eventsSince(handle: WorkflowHandle, from: number): Promise<string[]> {
  return ((await handle.fetchHistory()).events ?? []).slice(from).map(kind);
}

/** What a dropped signal may leave in history: itself, and the workflow task that took it in. */
export const TAKING_IN_A_SIGNAL = new Set([
  'workflowExecutionSignaled',
  'workflowTaskScheduled',
  'workflowTaskStarted',
  'workflowTaskCompleted',
]);
