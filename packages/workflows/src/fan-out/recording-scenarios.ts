import { FanOutWorkflow } from '..';
import type { RecordingScenario } from '../testing/recording-scenario';

export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'FanOutWorkflow.ten',
    run: (client, taskQueue) =>
      client.workflow.start(FanOutWorkflow, { taskQueue, workflowId: 'fan-out-ten', args: [10] }),
  },
];
