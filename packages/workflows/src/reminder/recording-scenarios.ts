import { moveReminderUpdate, ReminderWorkflow } from '.';
import type { RecordingScenario } from '../testing/recording-scenario';

export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'ReminderWorkflow.moved-sooner',
    run: async (client, taskQueue) => {
      const handle = await client.workflow.start(ReminderWorkflow, {
        taskQueue,
        workflowId: 'reminder-moved-sooner',
        args: [{ message: 'renew the certificate', deadline: new Date(Date.now() + 60 * 60 * 1000) }],
      });
      await handle.executeUpdate(moveReminderUpdate, { args: [{ deadline: new Date(Date.now() + 1_000) }] });
      return handle;
    },
  },
];
