import { proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import type { LlmRetryOptions } from './types';

/**
 * The model-calling activities with one retry policy. Retryable failures (429, 5xx, connection) back off from
 * `initialInterval`, or wait the provider's retry-after; auth, other 4xx and invalid answers fail at once.
 */
export function llmActivities(retry: LlmRetryOptions = {}) {
  return proxyActivities<Pick<typeof activities, 'callLlm' | 'planResearch' | 'generateSearchQueries' | 'writeReport'>>(
    {
      // Above the client's own 60 s request timeout, so a slow answer is the client's error, classified.
      startToCloseTimeout: '90 seconds',
      retry: {
        initialInterval: retry.initialInterval ?? '1 second',
        backoffCoefficient: 2,
        maximumInterval: '1 minute',
        maximumAttempts: retry.maximumAttempts ?? 5,
      },
    },
  );
}
