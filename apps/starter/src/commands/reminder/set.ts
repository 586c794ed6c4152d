import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { ReminderInput } from '@reference/models';
import { ReminderWorkflow, TASK_QUEUE } from '@reference/workflows';
import { validate } from '../../input';
import { UserError } from '../../user-error';
import { deadlineOf, type DeadlineOptions, withDeadlineOptions } from './deadline-options';
import { withReminderClient } from './reminder-client';

/** `starter reminder set <text> --at <time> | --in <duration>`: starts ReminderWorkflow and returns; it fires at the deadline. */
export function registerReminderSet(reminder: Command): void {
  const set = reminder
    .command('set')
    .description(
      'set a reminder (start ReminderWorkflow); it fires at the deadline, however far ahead (a year at most)',
    )
    .argument('<text>', 'what to remind of')
    .option('--id <id>', 'the reminder’s workflow id (default reminder-<uuid>)');
  withDeadlineOptions(set, 'when').action(async (message: string, options: DeadlineOptions & { id?: string }) => {
    const input = validate(ReminderInput, { message, deadline: deadlineOf(options) }, 'the reminder');
    // The workflow fires a past deadline at once; typed here, one is a mistake.
    if (input.deadline.getTime() <= Date.now()) throw new UserError(`--at ${input.deadline.toISOString()} has passed`);
    const id = options.id ?? `reminder-${randomUUID()}`;
    await withReminderClient(id, (client) =>
      client.workflow.start(ReminderWorkflow, { taskQueue: TASK_QUEUE, workflowId: id, args: [input] }),
    );
    console.log(`Set ${id} for ${input.deadline.toISOString()}: ${JSON.stringify(input.message)}`);
  });
}
