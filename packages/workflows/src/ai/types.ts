import type { ChatMessage, Subtopic, TokenUsage } from '@reference/activities';

/** Milliseconds, or a string such as '30 seconds', as the SDK takes durations. */
export type Duration = string | number;

/** Retry settings for the model calls; the defaults suit a real provider, tests shorten them. */
export interface LlmRetryOptions {
  /** First backoff after a retryable failure (a rate limit's retry-after overrides it); default 1 s. */
  initialInterval?: Duration;
  /** Attempts per model call before the workflow fails; default 5. */
  maximumAttempts?: number;
}

/** One tool the agent ran: which, with what, and what came back (shortened). */
export interface ToolCallRecord {
  step: number;
  name: string;
  arguments: string;
  ok: boolean;
  result: string;
}

/** What the agent carries into its next run when it continues as new: plain JSON only. */
export interface AgentState {
  messages: ChatMessage[];
  steps: number;
  toolCalls: ToolCallRecord[];
  usage: TokenUsage;
  runs: number;
}

export interface AgentInput {
  goal: string;
  /** Model turns allowed over the whole conversation, across runs; default 8. */
  maxSteps?: number;
  /** A run continues as new once it has added this many messages; default 40. */
  maxMessagesPerRun?: number;
  llmRetry?: LlmRetryOptions;
  /** Set by the workflow itself when it continues as new. */
  state?: AgentState;
}

export type AgentStatus = 'thinking' | 'running-tool' | 'answered' | 'step-limit';

export interface AgentResult {
  status: Extract<AgentStatus, 'answered' | 'step-limit'>;
  /** The model's final answer; null when the step bound stopped it first. */
  answer: string | null;
  steps: number;
  runs: number;
  toolCalls: ToolCallRecord[];
  usage: TokenUsage;
}

export interface AgentProgress {
  status: AgentStatus;
  step: number;
  maxSteps: number;
  runs: number;
  currentTool: string | null;
  toolCalls: ToolCallRecord[];
}

export interface ResearchInput {
  question: string;
  /** Default 3, at most 6. */
  maxSubtopics?: number;
  /** Schedule-to-close bound of each search, retries included: a failing search gives up after it. Default 30 s. */
  searchTimeout?: Duration;
  /** Start-to-close bound of one search attempt, so a hung attempt is retried within `searchTimeout`. Default 10 s. */
  searchAttemptTimeout?: Duration;
  llmRetry?: LlmRetryOptions;
}

export type ResearchPhase = 'planning' | 'writing-queries' | 'searching' | 'synthesising' | 'done';

export interface SearchStatus {
  subtopic: string;
  query: string;
  status: 'pending' | 'done' | 'failed';
  hits: number;
  error: string | null;
}

export interface ResearchProgress {
  phase: ResearchPhase;
  subtopics: Subtopic[];
  searches: SearchStatus[];
}

export interface ResearchReport {
  question: string;
  subtopics: Subtopic[];
  searches: SearchStatus[];
  report: string;
}
