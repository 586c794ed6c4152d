import { ActivityFailure, proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import type { ToolSpec } from '@reference/activities';

/** The agent's tools. Each tool's name is the activity that runs it, so history shows every call by name. */
export const AGENT_TOOLS: ToolSpec[] = [
  {
    name: 'calculate',
    description: 'Apply one arithmetic operation to two numbers.',
    parameters: {
      type: 'object',
      properties: { a: { type: 'number' }, op: { type: 'string', enum: ['+', '-', '*', '/'] }, b: { type: 'number' } },
      required: ['a', 'op', 'b'],
    },
  },
  {
    name: 'searchKnowledgeBase',
    description: 'Search the notes on Temporal concepts; returns matching notes with their sources.',
    parameters: { type: 'object', properties: { query: { type: 'string' } }, required: ['query'] },
  },
];

const tools = proxyActivities<Pick<typeof activities, 'calculate' | 'searchKnowledgeBase'>>({
  startToCloseTimeout: '30 seconds',
  retry: { maximumAttempts: 3 },
});

/** The model's own mistakes (unknown tool, bad JSON, invalid arguments) go back to it as the tool's answer. */
export interface ToolOutcome {
  ok: boolean;
  content: string;
}

export async function runTool(name: string, argumentsJson: string): Promise<ToolOutcome> {
  if (!(name === 'calculate' || name === 'searchKnowledgeBase')) {
    return { ok: false, content: `error: there is no tool named ${name}` };
  }
  let args: unknown;
  try {
    args = JSON.parse(argumentsJson);
  } catch {
    return { ok: false, content: 'error: the arguments are not valid JSON' };
  }
  try {
    const result = await tools[name](args as never);
    return { ok: true, content: JSON.stringify(result) };
  } catch (err) {
    if (err instanceof ActivityFailure) return { ok: false, content: `error: ${err.cause?.message ?? err.message}` };
    throw err;
  }
}
