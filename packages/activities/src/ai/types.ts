/**
 * The AI activities' wire shapes: plain JSON, so a conversation can live in workflow state, cross continue-as-new
 * and be read from history by any client.
 */

import type { ChatMessage, TokenUsage } from '@reference/models';

// A conversation is part of AgentWorkflow's input (the state it carries across continue-as-new), so its shapes live
// in the wire contract.
export type { ChatMessage, TokenUsage, ToolCall } from '@reference/models';

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
