import type { QueryDefinition, WorkflowExecutionDescription, WorkflowHandle } from '@temporalio/client';
import { TASK_QUEUE } from '@reference/workflows';
import { type PendingActivity, pendingActivities, retryLine } from './pending-activities';
import { workerPolls } from './worker-polls';

export interface WaitOptions<P> {
  /** The command that cancels the workflow, named in the line printed on Ctrl-C: `order cancel order-1`. */
  cancelWith: string;
  /** The workflow's own account of itself: its progress query, as lines (each printed once). */
  progress?: { query: QueryDefinition<P>; lines: (progress: P) => string[] };
  /** A pending activity in the domain's words (what it waits for, what to do), or undefined for the retry line. */
  activityLine?: (activity: PendingActivity) => string | undefined;
  /** Put before every line, like `[agent]`. */
  prefix?: string;
}

const POLL_MS = 250;
/** A workflow task nobody has taken for this long, with no worker polling lately, means there is none. */
const NO_WORKER_AFTER_S = 5;
/** Said after this long without any other line, so a long wait is never silent. */
const STILL_WAITING_EVERY_S = 60;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function secondsSince(time: { seconds?: unknown; nanos?: number | null } | null | undefined): number {
  return time ? Date.now() / 1000 - Number(time.seconds) - (time.nanos ?? 0) / 1e9 : 0;
}

function duration(seconds: number): string {
  return seconds < 120 ? `${Math.round(seconds)} s` : `${Math.round(seconds / 60)} min`;
}

/**
 * Waits for the workflow's result and never in silence: it prints the workflow's progress, every activity retry it
 * waits for (in the domain's words where the command gives them), a worker that never comes, and a line each minute
 * nothing else happens. Ctrl-C stops the waiting, not the workflow: the line printed says so and how to cancel it.
 */
export async function waitForResult<R, P = unknown>(handle: WorkflowHandle, options: WaitOptions<P>): Promise<R> {
  const printed = new Set<string>();
  const startedAt = Date.now();
  let lastSaid = Date.now();
  const say = (line: string | undefined, key = line) => {
    if (line === undefined || key === undefined || printed.has(key)) return;
    printed.add(key);
    lastSaid = Date.now();
    console.log(options.prefix ? `${options.prefix} ${line}` : line);
  };
  const showProgress = async () => {
    if (!options.progress) return;
    const { query, lines } = options.progress;
    // A query fails while the run is between tasks or has just continued as new: the next look catches up.
    await handle.query(query).then(
      (progress) => lines(progress).forEach((line) => say(line)),
      () => undefined,
    );
  };
  const showState = async (description: WorkflowExecutionDescription) => {
    const task = description.raw.pendingWorkflowTask;
    const untaken = task && !task.startedTime ? secondsSince(task.originalScheduledTime ?? task.scheduledTime) : 0;
    if (untaken >= NO_WORKER_AFTER_S && !printed.has('no-worker') && !(await workerPolls(handle.client, TASK_QUEUE))) {
      say(
        `no worker has taken ${handle.workflowId} up for ${Math.round(untaken)} s: is one polling ${TASK_QUEUE}? ` +
          'Start one with `pnpm dev`; the workflow runs once it does',
        'no-worker',
      );
    }
    for (const activity of await pendingActivities(description)) {
      const line = options.activityLine?.(activity);
      if (line === undefined) say(retryLine(activity), activity.key);
      else say(line);
    }
  };

  const stop = () => {
    console.error(`\nStopped waiting; ${handle.workflowId} goes on. Cancel it with \`${options.cancelWith}\``);
    process.exit(130);
  };
  process.once('SIGINT', stop);
  let done = false;
  const result = (handle.result() as Promise<R>).finally(() => (done = true));
  // Handled here at once: it may fail while a look is under way, before the loop races it again.
  result.catch(() => undefined);
  try {
    while (!done) {
      await showProgress();
      await handle
        .describe()
        .then(showState)
        .catch(() => undefined);
      if ((Date.now() - lastSaid) / 1000 >= STILL_WAITING_EVERY_S) {
        say(`still waiting for ${handle.workflowId} (${duration((Date.now() - startedAt) / 1000)})`, `${Date.now()}`);
      }
      await Promise.race([result.catch(() => undefined), sleep(POLL_MS)]);
    }
    // One last look, so the final steps are shown even when the workflow was quicker than the poll.
    await showProgress();
    return await result;
  } finally {
    process.removeListener('SIGINT', stop);
  }
}
