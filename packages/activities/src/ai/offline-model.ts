import { Context } from '@temporalio/activity';
import type { ChatCompletionCreateParamsNonStreaming } from 'openai/resources/chat/completions';
import { offlineAgentTurn } from './offline-agent';
import { offlineResearchAnswer } from './offline-research';
import { textOf, type OfflineTurn } from './offline-turn';

/** An HTTP answer of the offline model, in the OpenAI chat-completions format. */
export interface OfflineReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

// `!fail:429`, `!fail:500x2`, `!fail:malformed` in the last user message: the scripted errors.
const FAILURE_DIRECTIVE = /!fail:(\d{3}|malformed)(?:x(\d+))?/;
const failuresServed = new Map<string, number>();

function scriptedFailure(request: ChatCompletionCreateParamsNonStreaming): OfflineReply | undefined {
  const lastUser = [...request.messages].reverse().find((m) => m.role === 'user');
  const match = FAILURE_DIRECTIVE.exec(textOf(lastUser));
  if (!match) return undefined;
  // A directive fails the same call `count` times (default once), then lets it through: retries succeed.
  const key = callKey(request);
  const served = failuresServed.get(key) ?? 0;
  if (served >= Number(match[2] ?? 1)) return undefined;
  failuresServed.set(key, served + 1);
  if (match[1] === 'malformed') return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"id":' };
  const status = Number(match[1]);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (status === 429) headers['retry-after'] = '1';
  const error = { message: `offline model: scripted ${status}`, type: 'offline_scripted', code: null, param: null };
  return { status, headers, body: JSON.stringify({ error }) };
}

/** The call a scripted failure counts for: the activity (its retries share it; every run has its own), or the request. */
function callKey(request: ChatCompletionCreateParamsNonStreaming): string {
  let info: Context['info'] | undefined;
  try {
    info = Context.current().info;
  } catch {
    // Called outside an activity: a test of the model alone.
  }
  return info?.workflowExecution
    ? `${info.workflowExecution.runId}/${info.activityId}`
    : JSON.stringify(request.messages);
}

function completion(request: ChatCompletionCreateParamsNonStreaming, turn: OfflineTurn): string {
  const turnNumber = request.messages.filter((m) => m.role === 'assistant').length;
  const toolCalls = turn.toolCalls?.map((call, index) => ({
    id: `call_${turnNumber}_${index}`,
    type: 'function',
    function: { name: call.name, arguments: JSON.stringify(call.arguments) },
  }));
  // Word counts stand in for tokens, so usage logging has real numbers to show offline.
  const promptTokens = request.messages.map(textOf).join(' ').split(/\s+/).filter(Boolean).length;
  const completionTokens = JSON.stringify(turn).split(/\s+/).filter(Boolean).length;
  return JSON.stringify({
    id: 'offline-completion',
    object: 'chat.completion',
    created: 0,
    model: request.model,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: turn.content, ...(toolCalls?.length ? { tool_calls: toolCalls } : {}) },
        finish_reason: toolCalls?.length ? 'tool_calls' : 'stop',
      },
    ],
    usage: {
      prompt_tokens: promptTokens,
      completion_tokens: completionTokens,
      total_tokens: promptTokens + completionTokens,
    },
  });
}

/**
 * The deterministic model used when no provider is configured: it answers the research prompts, plays the
 * agent with the tools it is offered, and serves scripted errors, all from the request alone.
 */
export function offlineReply(request: ChatCompletionCreateParamsNonStreaming): OfflineReply {
  const failure = scriptedFailure(request);
  if (failure) return failure;
  const turn = request.tools?.length
    ? offlineAgentTurn(request.messages, request.tools)
    : (offlineResearchAnswer(request.messages) ?? {
        content: `Offline model: you said "${textOf(request.messages.at(-1))}".`,
      });
  return { status: 200, headers: { 'content-type': 'application/json' }, body: completion(request, turn) };
}
