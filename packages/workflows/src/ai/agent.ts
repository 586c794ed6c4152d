import { continueAsNew, defineQuery, setHandler, workflowInfo } from '@temporalio/workflow';
import type { ChatMessage } from '@reference/models';
import { checkWorkflowInput } from '@reference/models/wire';
import { AGENT_TOOLS, runTool } from './agent-tools';
import { llmActivities } from './llm-activities';
import type { AgentInput, AgentProgress, AgentResult, AgentState, AgentStatus } from './types';

export const agentProgressQuery = defineQuery<AgentProgress>('agentProgress');

const SYSTEM_PROMPT =
  'You are a careful assistant. Use the tools when they help: calculate for arithmetic, searchKnowledgeBase for ' +
  'facts about Temporal. Call one tool at a time; when you have what you need, answer briefly.';

function freshState(goal: string): AgentState {
  const messages: ChatMessage[] = [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: goal },
  ];
  return {
    messages,
    steps: 0,
    toolCalls: [],
    usage: { promptTokens: 0, completionTokens: 0, totalTokens: 0 },
    runs: 1,
  };
}

/**
 * The tool-calling agent: the model chooses tools, each runs as an activity, and the conversation is this
 * workflow's state. At most `maxSteps` model turns; a run that grows past `maxMessagesPerRun` messages continues as
 * new with the conversation as its input, so no single history grows without bound.
 */
export async function AgentWorkflow(request: AgentInput): Promise<AgentResult> {
  // The carried state is checked whole too: any client may send one, not only this workflow's continue-as-new.
  const input = checkWorkflowInput('AgentWorkflow', request);
  const maxSteps = input.maxSteps ?? 8;
  const maxMessagesPerRun = input.maxMessagesPerRun ?? 40;
  const state = input.state ?? freshState(input.goal);
  const messagesAtStart = state.messages.length;
  const { callLlm } = llmActivities(input.llmRetry);
  let status: AgentStatus = 'thinking';
  let currentTool: string | null = null;

  setHandler(agentProgressQuery, () => ({
    status,
    step: state.steps,
    maxSteps,
    runs: state.runs,
    currentTool,
    toolCalls: state.toolCalls,
  }));
  const result = (done: AgentResult['status'], answer: string | null): AgentResult => {
    status = done;
    return {
      status: done,
      answer,
      steps: state.steps,
      runs: state.runs,
      toolCalls: state.toolCalls,
      usage: state.usage,
    };
  };

  while (state.steps < maxSteps) {
    const outgrown = state.messages.length - messagesAtStart >= maxMessagesPerRun;
    if (outgrown || workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof AgentWorkflow>({ ...input, state: { ...state, runs: state.runs + 1 } });
    }
    status = 'thinking';
    const { message, usage } = await callLlm({ messages: state.messages, tools: AGENT_TOOLS });
    state.steps += 1;
    state.usage.promptTokens += usage.promptTokens;
    state.usage.completionTokens += usage.completionTokens;
    state.usage.totalTokens += usage.totalTokens;
    state.messages.push(message);
    if (!message.toolCalls?.length) return result('answered', message.content ?? '');

    // Tools run one after another, in the order the model asked for them.
    for (const call of message.toolCalls) {
      status = 'running-tool';
      currentTool = call.name;
      const outcome = await runTool(call.name, call.arguments);
      currentTool = null;
      state.messages.push({ role: 'tool', toolCallId: call.id, content: outcome.content });
      state.toolCalls.push({
        step: state.steps,
        name: call.name,
        arguments: call.arguments,
        ok: outcome.ok,
        result: outcome.content.slice(0, 200),
      });
    }
  }
  return result('step-limit', null);
}
