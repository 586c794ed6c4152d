/**
 * The AI activities' wire shapes: plain JSON, so a conversation can live in workflow state, cross continue-as-new
 * and be read from history by any client.
 */

/** A tool call as the model asked for it; `arguments` is the JSON text the model wrote. */
export interface ToolCall {
  id: string;
  name: string;
  arguments: string;
}

export type ChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string | null; toolCalls?: ToolCall[] }
  | { role: 'tool'; toolCallId: string; content: string };

export type AssistantMessage = Extract<ChatMessage, { role: 'assistant' }>;

/** A tool offered to the model: its name is the activity that runs it; `parameters` is a JSON Schema. */
export interface ToolSpec {
  name: string;
  description: string;
  parameters: Record<string, unknown>;
}

export interface LlmRequest {
  messages: ChatMessage[];
  tools?: ToolSpec[];
  /** Ask for a JSON object answer (the provider's JSON mode). */
  json?: boolean;
}

export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

export interface LlmResponse {
  message: AssistantMessage;
  finishReason: string;
  model: string;
  usage: TokenUsage;
}

export interface Subtopic {
  title: string;
  question: string;
}

export interface ResearchPlan {
  subtopics: Subtopic[];
}

export interface SearchHit {
  title: string;
  snippet: string;
  source: string;
}

/** What one successful search found, kept with the subtopic and query that asked for it. */
export interface Finding {
  subtopic: string;
  query: string;
  hits: SearchHit[];
}

export interface ReportRequest {
  question: string;
  findings: Finding[];
  /** Queries whose search failed or timed out: the report says what it could not cover. */
  failedQueries: string[];
}

export type ArithmeticOperator = '+' | '-' | '*' | '/';
