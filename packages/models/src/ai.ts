import type { StringValue } from '@temporalio/common';
import { z } from 'zod';
import { DURATION_BOUNDS, DURATION_MAX_LENGTH, DURATION_PATTERN } from './duration';
import { withinDurationBounds } from './duration-check';
import { matching, nonBlank, wholeNumber } from './fields';

/**
 * Milliseconds, or text such as '30 seconds' in exactly the forms the SDK's duration parser reads ('1.5h', '2 Days',
 * '500'); from 1 ms to a year, so any value here works as a timeout or a retry interval.
 */
export const Duration = z.union([
  wholeNumber(DURATION_BOUNDS.minimum, DURATION_BOUNDS.maximum),
  // Typed as the SDK's duration string, so a checked input goes straight into an activity's or a timer's options.
  matching(
    new RegExp(DURATION_PATTERN),
    "must be a duration such as '30 seconds'",
    withinDurationBounds(z.string().max(DURATION_MAX_LENGTH)),
  ) as z.ZodType<StringValue>,
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

const text = z.string();
const count = wholeNumber(0, Number.MAX_SAFE_INTEGER);

/** A tool call as the model asked for it; `arguments` is the JSON text the model wrote. */
export const ToolCall = z.strictObject({ id: text, name: text, arguments: text });
export type ToolCall = z.infer<typeof ToolCall>;

/** One message of a conversation with the model, as the AI activities send and receive it. */
export const ChatMessage = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('system'), content: text }),
  z.strictObject({ role: z.literal('user'), content: text }),
  z.strictObject({ role: z.literal('assistant'), content: text.nullable(), toolCalls: z.array(ToolCall).optional() }),
  z.strictObject({ role: z.literal('tool'), toolCallId: text, content: text }),
]);
export type ChatMessage = z.infer<typeof ChatMessage>;

export const TokenUsage = z.strictObject({ promptTokens: count, completionTokens: count, totalTokens: count });
export type TokenUsage = z.infer<typeof TokenUsage>;

/** One tool the agent ran: which, with what, and what came back (shortened). */
export const ToolCallRecord = z.strictObject({
  step: count,
  name: text,
  arguments: text,
  ok: z.boolean(),
  result: text,
});
export type ToolCallRecord = z.infer<typeof ToolCallRecord>;

/** What the agent carries into its next run when it continues as new: the whole of it, plain JSON. */
export const AgentState = z.strictObject({
  messages: z.array(ChatMessage).min(1),
  steps: count,
  toolCalls: z.array(ToolCallRecord),
  usage: TokenUsage,
  runs: wholeNumber(1, Number.MAX_SAFE_INTEGER),
});
export type AgentState = z.infer<typeof AgentState>;

/** AgentWorkflow's input. */
export const AgentInput = z.strictObject({
  goal: nonBlank(10_000),
  /** Model turns allowed over the whole conversation, across runs; default 8. */
  maxSteps: wholeNumber(1, 100).optional(),
  /** A run continues as new once it has added this many messages; default 40. */
  maxMessagesPerRun: wholeNumber(2, 1_000).optional(),
  llmRetry: LlmRetryOptions.optional(),
  /** Set by the workflow itself when it continues as new: the conversation so far (the goal is then not read). */
  state: AgentState.optional(),
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
