import { AgentWorkflow, ResearchWorkflow } from '..';
import type { RecordingScenario } from '../testing/recording-scenario';

/** The AI workflows, run on the offline model (LLM_PROVIDER unset), so they record the same on any machine. */
export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'AgentWorkflow.offline-tools',
    run: (client, taskQueue) =>
      client.workflow.start(AgentWorkflow, {
        taskQueue,
        workflowId: 'agent-offline-tools',
        args: [{ goal: 'What is 12 * 7? Also search for continue-as-new.' }],
      }),
  },
  {
    // Records the first run, which ends in continue-as-new.
    name: 'AgentWorkflow.continue-as-new',
    run: async (client, taskQueue) => {
      const handle = await client.workflow.start(AgentWorkflow, {
        taskQueue,
        workflowId: 'agent-continue-as-new',
        args: [{ goal: 'Add 1 + 2, then 3 + 4.', maxMessagesPerRun: 2 }],
      });
      return client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId);
    },
  },
  {
    name: 'ResearchWorkflow.offline',
    run: (client, taskQueue) =>
      client.workflow.start(ResearchWorkflow, {
        taskQueue,
        workflowId: 'research-offline',
        args: [{ question: 'How do activity retries and timeouts work?' }],
      }),
  },
];
