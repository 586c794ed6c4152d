import type { Command } from 'commander';
import { ReminderMove } from '@reference/models';
import { moveReminderUpdate } from '@reference/workflows';
import { validate } from '../../input';
import { deadlineOf, type DeadlineOptions, withDeadlineOptions } from './deadline-options';
import { withReminderClient } from './reminder-client';

/** `starter reminder move <id> --at <time> | --in <duration>`: the moveReminder update; the reminder sleeps until the new deadline. */
export function registerReminderMove(reminder: Command): void {
  const move = reminder
    .command('move')
    .description('move a reminder’s deadline, sooner or later (update moveReminder)')
    .argument('<id>', 'the reminder (its workflow id)');
  withDeadlineOptions(move, 'the new deadline').action(async (id: string, options: DeadlineOptions) => {
    const moved = validate(ReminderMove, { deadline: deadlineOf(options) }, 'the new deadline');
    const deadline = await withReminderClient(
      id,
      (client) => client.workflow.getHandle(id).executeUpdate(moveReminderUpdate, { args: [moved] }),
      `no reminder ${id} waiting on this server: it has fired, or never was (\`reminder show ${id}\`)`,
    );
    console.log(`Moved ${id} to ${new Date(deadline).toISOString()}`);
  });
}
