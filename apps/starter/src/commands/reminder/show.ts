import type { Command } from 'commander';
import { reminderDeadlineQuery, type ReminderWorkflow } from '@reference/workflows';
import { withReminderClient } from './reminder-client';

/** `starter reminder show <id>`: when a reminder fires, or when it fired and what it said. */
export function registerReminderShow(reminder: Command): void {
  reminder
    .command('show')
    .description('print when a reminder fires (reminderDeadline), or how it fired')
    .argument('<id>', 'the reminder (its workflow id)')
    .action(async (id: string) => {
      const line = await withReminderClient(id, async (client) => {
        const handle = client.workflow.getHandle<typeof ReminderWorkflow>(id);
        if ((await handle.describe()).status.name === 'RUNNING') {
          return `${id} fires at ${new Date(await handle.query(reminderDeadlineQuery)).toISOString()}`;
        }
        const { message, firedAt, moves } = await handle.result();
        return (
          `${id} fired at ${new Date(firedAt).toISOString()}: ${JSON.stringify(message)} ` +
          `(moved ${moves} time${moves === 1 ? '' : 's'})`
        );
      });
      console.log(line);
    });
}
