import { ReportWorkflow } from '..';
import type { RecordingScenario } from '../testing/recording-scenario';

export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'ReportWorkflow.status',
    run: (client, taskQueue) =>
      client.workflow.start(ReportWorkflow, { taskQueue, workflowId: 'report-status', args: ['status'] }),
  },
];
