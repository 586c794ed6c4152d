import { proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import { durationMs } from '@reference/models/wire';
import type { LlmRetryOptions } from './types';

const MAXIMUM_INTERVAL_MS = 60_000;

/**
 * The model-calling activities with one retry policy. Retryable failures (429, 5xx, connection) back off from
 * `initialInterval`, or wait the provider's retry-after; auth, other 4xx and invalid answers fail at once.
 */
export function llmActivities(retry: LlmRetryOptions = {}) {
  const initialInterval = retry.initialInterval ?? '1 second';
  const initialMs = typeof initialInterval === 'number' ? initialInterval : durationMs(initialInterval);
  return proxyActivities<Pick<typeof activities, 'callLlm' | 'planResearch' | 'generateSearchQueries' | 'writeReport'>>(
    {
      // Above the client's own 60 s request timeout, so a slow answer is the client's error, classified.
      startToCloseTimeout: '90 seconds',
      retry: {
        initialInterval,
        backoffCoefficient: 2,
        // A minute, or the first interval if the caller asked for longer (the SDK refuses a maximum below it).
        maximumInterval: Math.max(MAXIMUM_INTERVAL_MS, initialMs),
        maximumAttempts: retry.maximumAttempts ?? 5,
      },
    },
  );
}
