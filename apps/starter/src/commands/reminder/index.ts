import type { Command } from 'commander';
import { registerReminderMove } from './move';
import { registerReminderSet } from './set';
import { registerReminderShow } from './show';

/** `starter reminder set|move|show`: ReminderWorkflow, a durable timer whose deadline can move. */
export function registerReminderCommands(program: Command): void {
  const reminder = program.command('reminder').description('set, move and show reminders (ReminderWorkflow)');
  for (const register of [registerReminderSet, registerReminderMove, registerReminderShow]) register(reminder);
}
