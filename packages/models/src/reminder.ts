import { z } from 'zod';
import { crossFieldCheck } from './cross-field-check';
import { nonBlank, superjsonDate } from './fields';

/**
 * ReminderWorkflow's input: what to remind of, and when: at most a year ahead (a deadline already past fires at
 * once).
 */
export const ReminderInput = z
  .strictObject({ message: nonBlank(500), deadline: superjsonDate() })
  .check(crossFieldCheck('workflow/ReminderWorkflow'));
export type ReminderInput = z.infer<typeof ReminderInput>;

/** The moveReminder update's argument: the new deadline, in the future and at most a year ahead. */
export const ReminderMove = z.strictObject({ deadline: superjsonDate() }).check(crossFieldCheck('update/moveReminder'));
export type ReminderMove = z.infer<typeof ReminderMove>;

/** ReminderWorkflow's result. */
export interface ReminderFired {
  message: string;
  deadline: Date;
  firedAt: Date;
  /** How many times the deadline was moved. */
  moves: number;
}
