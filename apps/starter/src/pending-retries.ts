import type { WorkflowExecutionDescription } from '@temporalio/client';

/** An activity waiting to retry: `key` names the attempt (print it once), `line` says what failed and what comes next. */
export interface PendingRetry {
  key: string;
  line: string;
}

/**
 * Every activity of the workflow that is waiting to retry: which attempt failed, why, and when the next runs,
 * e.g. `callLlm attempt 1 failed (LlmRateLimited: …); attempt 2 in 1 s`. A rate limit's wait is visible this way,
 * from the server's own record of the workflow, not from anything the workflow reports.
 */
export function pendingRetries({ raw }: WorkflowExecutionDescription, now = Date.now()): PendingRetry[] {
  return (raw.pendingActivities ?? []).flatMap((activity) => {
    const failure = activity.lastFailure;
    const attempt = activity.attempt ?? 1;
    if (!failure || attempt < 2) return [];
    const type = failure.applicationFailureInfo?.type;
    const reason = `${type ? `${type}: ` : ''}${(failure.message ?? '').split('\n')[0]}`;
    const next = activity.nextAttemptScheduleTime;
    const wait = next
      ? Math.max(0, Math.round((Number(next.seconds) * 1000 + (next.nanos ?? 0) / 1e6 - now) / 1000))
      : 0;
    const name = activity.activityType?.name;
    return [
      {
        key: `${activity.activityId}#${attempt}`,
        line: `${name} attempt ${attempt - 1} failed (${reason}); attempt ${attempt} in ${wait} s`,
      },
    ];
  });
}
