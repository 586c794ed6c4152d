import { lockWorkflowId } from '@reference/models';
import { ExclusiveJobWorkflow, LockWorkflow } from '.';
import type { RecordingScenario } from '../testing/recording-scenario';

export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'ExclusiveJobWorkflow.held-and-released',
    run: (client, taskQueue) =>
      client.workflow.start(ExclusiveJobWorkflow, {
        taskQueue,
        workflowId: 'exclusive-job-recording',
        args: [{ resourceId: 'recording-printer', workMs: 200, leaseMs: 10_000 }],
      }),
  },
  {
    // The lock that job used runs on: its history so far (a grant and a release) is what replays.
    name: 'LockWorkflow.one-lease',
    run: async (client) => {
      const lock = client.workflow.getHandle<typeof LockWorkflow>(lockWorkflowId('recording-printer'));
      await lock.terminate('recorded');
      return lock;
    },
  },
];
