import type { StringValue } from '@temporalio/common';
import { z } from 'zod';
import { nonBlank, wholeNumber } from './fields';

/** Milliseconds, or a string such as '30 seconds' (the SDK's duration format). */
export const Duration = z.union([
  wholeNumber(0, 31_536_000_000),
  // Typed as the SDK's duration string, so a checked input goes straight into an activity's or a timer's options.
  z.string().regex(/^\d+(\.\d+)?\s*[a-z]*$/, "must be a duration such as '30 seconds'") as z.ZodType<StringValue>,
]);
export type Duration = z.infer<typeof Duration>;

/** Retry settings for the model calls; the defaults suit a real provider, tests shorten them. */
export const LlmRetryOptions = z.strictObject({
  /** First backoff after a retryable failure (a rate limit's retry-after overrides it); default 1 s. */
  initialInterval: Duration.optional(),
  /** Attempts per model call before the workflow fails; default 5. */
  maximumAttempts: wholeNumber(1, 100).optional(),
});
export type LlmRetryOptions = z.infer<typeof LlmRetryOptions>;

/** AgentWorkflow's input. */
export const AgentInput = z.strictObject({
  goal: nonBlank(10_000),
  /** Model turns allowed over the whole conversation, across runs; default 8. */
  maxSteps: wholeNumber(1, 100).optional(),
  /** A run continues as new once it has added this many messages; default 40. */
  maxMessagesPerRun: wholeNumber(2, 1_000).optional(),
  llmRetry: LlmRetryOptions.optional(),
  /** Set by the workflow itself when it continues as new (its shape is the workflow's AgentState). */
  state: z.looseObject({}).optional(),
});
export type AgentInput = z.infer<typeof AgentInput>;

/** ResearchWorkflow's input. */
export const ResearchInput = z.strictObject({
  question: nonBlank(10_000),
  /** Default 3, at most 6. */
  maxSubtopics: wholeNumber(1, 6).optional(),
  /** Schedule-to-close bound of each search, retries included: a failing search gives up after it. Default 30 s. */
  searchTimeout: Duration.optional(),
  /** Start-to-close bound of one search attempt, so a hung attempt is retried within `searchTimeout`. Default 10 s. */
  searchAttemptTimeout: Duration.optional(),
  llmRetry: LlmRetryOptions.optional(),
});
export type ResearchInput = z.infer<typeof ResearchInput>;
