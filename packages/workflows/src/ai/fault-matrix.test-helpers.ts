import type { FaultMatrixTable } from '@reference/testing';
import { AgentWorkflow, ResearchWorkflow } from '..';

// On the offline model (LLM_PROVIDER unset). The AI workflows only read and compute: what must hold is what holds for
// every workflow (it ends, no workflow task fails).
export const faultMatrix: FaultMatrixTable = {
  AgentWorkflow: [
    {
      name: 'answers with both tools',
      activities: ['callLlm', 'calculate', 'searchKnowledgeBase'],
      invariants: [],
      run: async (context) => {
        const args: [{ goal: string }] = [{ goal: 'What is 12 * 7? Also search for continue-as-new.' }];
        context.track(
          await context
            .client()
            .workflow.start(AgentWorkflow, { taskQueue: context.taskQueue, workflowId: context.id('agent'), args }),
        );
      },
    },
  ],
  ResearchWorkflow: [
    {
      name: 'researches a question',
      activities: ['planResearch', 'generateSearchQueries', 'searchKnowledgeBase', 'writeReport'],
      invariants: [],
      run: async (context) => {
        const args: [{ question: string; maxSubtopics: number }] = [
          { question: 'How do activity retries and timeouts work?', maxSubtopics: 2 },
        ];
        context.track(
          await context.client().workflow.start(ResearchWorkflow, {
            taskQueue: context.taskQueue,
            workflowId: context.id('research'),
            args,
          }),
        );
      },
    },
  ],
};
