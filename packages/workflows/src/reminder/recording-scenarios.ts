import type { Client, WorkflowHandle } from '@temporalio/client';
import { moveReminderUpdate, ReminderWorkflow } from '.';

export const reminderScenarios: { name: string; run(client: Client, taskQueue: string): Promise<WorkflowHandle> }[] = [
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
