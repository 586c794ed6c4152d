import type { ChatCompletionMessageParam, ChatCompletionTool } from 'openai/resources/chat/completions';
import { textOf, type OfflineTurn } from './offline-turn';

type PlannedCall = NonNullable<OfflineTurn['toolCalls']>[number];

const ARITHMETIC = /(-?\d+(?:\.\d+)?)\s*([-+*/×x])\s*(-?\d+(?:\.\d+)?)/g;
const SEARCH = /\b(?:search(?: for)?|look up|find|about)\s+([^?.!,;]+)/gi;

/** The tool calls a goal asks for, in the order they appear: arithmetic and searches, else one search. */
function plannedCalls(goal: string, tools: Set<string>): PlannedCall[] {
  const found: { at: number; call: PlannedCall }[] = [];
  if (tools.has('calculate')) {
    for (const m of goal.matchAll(ARITHMETIC)) {
      const op = m[2] === 'x' || m[2] === '×' ? '*' : m[2];
      found.push({ at: m.index, call: { name: 'calculate', arguments: { a: Number(m[1]), op, b: Number(m[3]) } } });
    }
  }
  if (tools.has('searchKnowledgeBase')) {
    for (const m of goal.matchAll(SEARCH)) {
      found.push({ at: m.index, call: { name: 'searchKnowledgeBase', arguments: { query: m[1]!.trim() } } });
    }
    if (found.length === 0) found.push({ at: 0, call: { name: 'searchKnowledgeBase', arguments: { query: goal } } });
  }
  return found.sort((x, y) => x.at - y.at).map((f) => f.call);
}

/**
 * One agent turn of the offline model: the next planned tool call, one per turn, then an answer built from the
 * tool results. `!endless` in the goal makes it call tools forever, to show the workflow's step bound.
 */
export function offlineAgentTurn(messages: ChatCompletionMessageParam[], tools: ChatCompletionTool[]): OfflineTurn {
  const goal = textOf(messages.find((m) => m.role === 'user'));
  const names = new Set(tools.flatMap((t) => (t.type === 'function' ? [t.function.name] : [])));
  const calls = messages.flatMap((m) => (m.role === 'assistant' ? (m.tool_calls ?? []) : []));
  const planned = plannedCalls(goal, names);
  if (goal.includes('!endless') && names.has('searchKnowledgeBase')) {
    return {
      content: null,
      toolCalls: [{ name: 'searchKnowledgeBase', arguments: { query: `step ${calls.length + 1}` } }],
    };
  }
  const next = planned[calls.length];
  if (next) return { content: null, toolCalls: [next] };
  const lines = messages.flatMap((m) => {
    if (m.role !== 'tool') return [];
    const call = calls.find((c) => c.id === m.tool_call_id);
    const name = call?.type === 'function' ? `${call.function.name}(${call.function.arguments})` : 'tool';
    return [`- ${name} → ${textOf(m).slice(0, 400)}`];
  });
  return { content: [`Offline agent answer to "${goal}":`, ...lines].join('\n') };
}
