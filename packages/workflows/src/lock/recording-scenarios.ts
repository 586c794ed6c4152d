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
    // Cancelled while it works: the work stops, then the lease goes back to the lock.
    name: 'ExclusiveJobWorkflow.cancelled-while-working',
    run: async (client, taskQueue) => {
      const job = await client.workflow.start(ExclusiveJobWorkflow, {
        taskQueue,
        workflowId: 'exclusive-job-cancelled-recording',
        args: [{ resourceId: 'recording-plotter', workMs: 5_000, leaseMs: 10_000 }],
      });
      while (!(await job.describe()).raw.pendingActivities?.some((a) => a.activityType?.name === 'useSharedResource')) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await job.cancel();
      return job;
    },
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
