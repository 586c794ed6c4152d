import { DEFAULT_BATCH_WINDOW, minBatchHistoryEvents } from './batch-limits';

// Rules JSON Schema cannot state (across fields, or against the clock), as plain functions (no zod): the zod schema
// runs each as a refinement (starter, activities) and wire.ts after the compiled validator (workflow code), so both
// refuse alike. In workflow code, Date.now() is the workflow's own time, so a rule against the clock replays alike.

/** How many lines an order may hold unless its input says otherwise. */
export const DEFAULT_MAX_ITEMS = 20;

/** A cross-field rule: which field is wrong and why, for a value that already has the schema's shape. */
export type CrossFieldRule = (value: never) => { field: string; message: string } | undefined;

function orderItemsProblem(order: { items?: unknown[]; maxItems?: number }) {
  const max = order.maxItems ?? DEFAULT_MAX_ITEMS;
  const message = `more items than the order may hold (maxItems, ${max})`;
  return (order.items?.length ?? 0) > max ? { field: 'items', message } : undefined;
}

/** A job's work must end within its lease: past it, the lock may have handed the resource to the next job. */
function exclusiveJobProblem(job: { workMs: number; leaseMs: number }) {
  const message = `must be shorter than leaseMs (${job.leaseMs})`;
  return job.workMs >= job.leaseMs ? { field: 'workMs', message } : undefined;
}

/** How far ahead a reminder's deadline may be, when it is set and when it is moved. */
const MAX_REMINDER_AHEAD_MS = 365 * 24 * 60 * 60 * 1000;

/** A reminder's deadline is at most a year ahead; a moved one is also in the future (a first one past fires at once). */
function reminderDeadlineProblem(moved: boolean) {
  return ({ deadline }: { deadline: Date }) => {
    const problem =
      moved && deadline.getTime() <= Date.now()
        ? 'must be in the future'
        : deadline.getTime() > Date.now() + MAX_REMINDER_AHEAD_MS
          ? 'must be at most a year ahead'
          : undefined;
    return problem && { field: 'deadline', message: problem };
  };
}

/** A batch's history bound must leave room to drain its window (see batch-limits.ts). */
function batchBoundProblem(batch: { window?: number; maxHistoryEvents?: number }) {
  const window = batch.window ?? DEFAULT_BATCH_WINDOW;
  const least = minBatchHistoryEvents(window);
  const message = `must be at least ${least} for a window of ${window} (twice the events draining it takes)`;
  return batch.maxHistoryEvents !== undefined && batch.maxHistoryEvents < least
    ? { field: 'maxHistoryEvents', message }
    : undefined;
}

/** The longest wait between two looks of frequent polling: beyond a minute, the retry policy is the better loop. */
export const MAX_FREQUENT_POLL_SECONDS = 60;

/** Frequent polling looks at least once a minute (see import-catalog.ts for when to pick which form). */
function feedPollingProblem(feed: { polling?: string; pollIntervalSeconds?: number }) {
  const message = `must be at most ${MAX_FREQUENT_POLL_SECONDS} with frequent polling`;
  return feed.polling === 'frequent' && (feed.pollIntervalSeconds ?? 1) > MAX_FREQUENT_POLL_SECONDS
    ? { field: 'pollIntervalSeconds', message }
    : undefined;
}

/** By wire id (`workflow/OrderWorkflow`). */
export const crossFieldRules: Record<string, CrossFieldRule> = {
  'workflow/OrderWorkflow': orderItemsProblem,
  'workflow/ExclusiveJobWorkflow': exclusiveJobProblem,
  'workflow/ReminderWorkflow': reminderDeadlineProblem(false),
  'update/moveReminder': reminderDeadlineProblem(true),
  'workflow/BatchWorkflow': batchBoundProblem,
  'workflow/ImportCatalogWorkflow': feedPollingProblem,
};
