import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { z } from 'zod';
import { AgentInput } from '@reference/models';
import {
  AgentWorkflow,
  agentProgressQuery,
  TASK_QUEUE,
  type AgentProgress,
  type AgentResult,
} from '@reference/workflows';
import { withClient } from '../../connect';
import { validate } from '../../input';
import { waitForResult } from '../../waiting';

const { goal } = AgentInput.shape;
const maxSteps = z.coerce.number().pipe(AgentInput.shape.maxSteps.unwrap());

function describe(progress: AgentProgress): string[] {
  const calls = progress.toolCalls.map(
    (c, i) => `tool ${i + 1} (step ${c.step}): ${c.name} ${c.arguments} ${c.ok ? '→' : '✗'} ${c.result}`,
  );
  const tool = progress.currentTool ? ` ${progress.currentTool}` : '';
  return [...calls, `step ${progress.step}/${progress.maxSteps}, run ${progress.runs}: ${progress.status}${tool}`];
}

function summary(result: AgentResult): string {
  const { steps, runs, toolCalls, usage } = result;
  return `(${steps} steps, ${toolCalls.length} tool calls, ${runs} run${runs === 1 ? '' : 's'}, ${usage.totalTokens} tokens)`;
}

/** `starter agent <goal>`: runs AgentWorkflow, showing each step and tool call while it runs. */
export function registerAgentCommand(program: Command): void {
  program
    .command('agent')
    .description('run AgentWorkflow: the model answers the goal with tools, shown step by step')
    .argument('<goal>', 'what to ask, e.g. "What is 12 * 7? Also search for continue-as-new."')
    .option('--max-steps <n>', 'model turns allowed (1-50)', '8')
    .action(async (goalText: string, options: { maxSteps: string }) => {
      const input = {
        goal: validate(goal, goalText, 'the goal'),
        maxSteps: validate(maxSteps, options.maxSteps, '--max-steps'),
      };
      await withClient(async (client) => {
        const handle = await client.workflow.start(AgentWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId: `agent-${randomUUID()}`,
          args: [input],
        });
        console.log(`Started AgentWorkflow ${handle.workflowId}`);
        const result = await waitForResult<AgentResult, AgentProgress>(handle, {
          cancelWith: `cancel ${handle.workflowId}`,
          progress: { query: agentProgressQuery, lines: describe },
          prefix: '[agent]',
        });
        console.log(result.status === 'answered' ? `Answer: ${result.answer}` : 'Stopped at the step limit, no answer');
        console.log(summary(result));
      });
    });
}
