import type { ChatMessage, Subtopic, TokenUsage } from '@reference/activities';
import type { AgentInput as AgentInputShape } from '@reference/models';

export type { Duration, LlmRetryOptions, ResearchInput } from '@reference/models';

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

/** AgentWorkflow's input: the contract's (@reference/models), with the state it carries across continue-as-new. */
export type AgentInput = Omit<AgentInputShape, 'state'> & { state?: AgentState };

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
