import type { Subtopic } from '@reference/activities';
import type { TokenUsage, ToolCallRecord } from '@reference/models';

// The inputs, and the state the agent carries across continue-as-new, are the wire contract's (@reference/models).
export type {
  AgentInput,
  AgentState,
  Duration,
  LlmRetryOptions,
  ResearchInput,
  ToolCallRecord,
} from '@reference/models';

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
