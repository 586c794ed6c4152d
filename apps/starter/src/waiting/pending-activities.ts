import type { WorkflowExecutionDescription } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { createDataConverter, payloadConverter } from '@reference/data-converter';

/** An activity the workflow is waiting on, as the server records it (describe's pending activities). */
export interface PendingActivity {
  /** Names this attempt: a line about it is printed once. */
  key: string;
  activityId: string;
  name: string;
  attempt: number;
  /** Why the previous attempt failed, when this one is a retry: `LlmRateLimited: 429 …`. */
  lastFailure?: { type?: string; message: string };
  /** Seconds until the next attempt, when it is waiting to retry. */
  retryInSeconds?: number;
  /** The last heartbeat's details, decoded as the worker wrote them. */
  heartbeat?: unknown;
}

const { payloadCodecs = [] } = createDataConverter();

async function decode(payloads: Payload[] | null | undefined): Promise<unknown> {
  if (!payloads?.length) return undefined;
  let decoded = payloads;
  for (const codec of [...payloadCodecs].reverse()) decoded = await codec.decode(decoded);
  return decoded[0] ? payloadConverter.fromPayload(decoded[0]) : undefined;
}

/** Every pending activity of a workflow, with the failure its retry waits after and the heartbeat it last sent. */
export async function pendingActivities(
  { raw }: WorkflowExecutionDescription,
  now = Date.now(),
): Promise<PendingActivity[]> {
  return Promise.all(
    (raw.pendingActivities ?? []).map(async (activity) => {
      const attempt = activity.attempt ?? 1;
      const failure = activity.lastFailure;
      const next = activity.nextAttemptScheduleTime;
      const nextMs = next ? Number(next.seconds) * 1000 + (next.nanos ?? 0) / 1e6 : undefined;
      return {
        key: `${activity.activityId}#${attempt}`,
        activityId: activity.activityId ?? '',
        name: activity.activityType?.name ?? 'activity',
        attempt,
        lastFailure:
          failure && attempt > 1
            ? {
                type: failure.applicationFailureInfo?.type ?? undefined,
                message: (failure.message ?? '').split('\n')[0]!,
              }
            : undefined,
        retryInSeconds: nextMs === undefined ? undefined : Math.max(0, Math.round((nextMs - now) / 1000)),
        heartbeat: await decode(activity.heartbeatDetails?.payloads).catch(() => undefined),
      };
    }),
  );
}

/** The line for an activity waiting to retry: `callLlm attempt 1 failed (LlmRateLimited: …); attempt 2 in 1 s`. */
export function retryLine({ name, attempt, lastFailure, retryInSeconds }: PendingActivity): string | undefined {
  if (!lastFailure) return undefined;
  const reason = `${lastFailure.type ? `${lastFailure.type}: ` : ''}${lastFailure.message}`;
  return `${name} attempt ${attempt - 1} failed (${reason}); attempt ${attempt} in ${retryInSeconds ?? 0} s`;
}
