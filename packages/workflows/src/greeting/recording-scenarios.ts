import { GreetingWorkflow, GreetingWorkflowV2 } from '..';
import type { RecordingScenario } from '../testing/recording-scenario';

export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'GreetingWorkflow.my-name',
    run: (client, taskQueue) =>
      client.workflow.start(GreetingWorkflow, { taskQueue, workflowId: 'greeting-my-name', args: ['my name'] }),
  },
  {
    name: 'GreetingWorkflowV2.my-name',
    run: (client, taskQueue) =>
      client.workflow.start(GreetingWorkflowV2, { taskQueue, workflowId: 'greeting-v2-my-name', args: ['my name'] }),
  },
];
