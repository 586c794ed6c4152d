import { defineQuery, defineUpdate, type QueryDefinition } from '@temporalio/workflow';
import type { ReminderMove } from '@reference/models';

/** Moves the reminder's deadline (sooner or later) and answers with it; the validator refuses a past or far one. */
export const moveReminderUpdate: ReturnType<typeof defineUpdate<Date, [ReminderMove]>> = defineUpdate('moveReminder');
/** The deadline the reminder will fire at, as it stands. */
export const reminderDeadlineQuery: QueryDefinition<Date> = defineQuery('reminderDeadline');
