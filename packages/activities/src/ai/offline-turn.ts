import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';

/** What the offline model says in one turn: text, or tool calls with their arguments. */
export interface OfflineTurn {
  content: string | null;
  toolCalls?: { name: string; arguments: unknown }[];
}

/** The text of a chat message, whichever content form it uses. */
export function textOf(message: ChatCompletionMessageParam | undefined): string {
  const content = message?.content;
  if (typeof content === 'string') return content;
  return (content ?? []).map((part) => ('text' in part ? part.text : '')).join('');
}
