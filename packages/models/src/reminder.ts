import { z } from 'zod';
import { nonBlank } from './fields';

/** ReminderWorkflow's input: what to remind of, and when (a deadline already past fires at once). */
export const ReminderInput = z.strictObject({ message: nonBlank(500), deadline: z.date() });
export type ReminderInput = z.infer<typeof ReminderInput>;

/** The moveReminder update's argument: the new deadline (the validator wants it in the future, within a year). */
export const ReminderMove = z.strictObject({ deadline: z.date() });
export type ReminderMove = z.infer<typeof ReminderMove>;

/** ReminderWorkflow's result. */
export interface ReminderFired {
  message: string;
  deadline: Date;
  firedAt: Date;
  /** How many times the deadline was moved. */
  moves: number;
}
