import { allHandlersFinished, condition, setHandler } from '@temporalio/workflow';
import type { ReminderFired, ReminderInput, ReminderMove } from '@reference/models';
import { checkUpdateInput, checkWorkflowInput } from '@reference/models/wire';
import { moveReminderUpdate, reminderDeadlineQuery } from './definitions';

/**
 * A durable timer whose deadline can move: it sleeps until the deadline as it stands, and each moveReminder wakes
 * it to sleep again until the new one. Fires (returns) once the latest deadline is reached, across worker restarts
 * and any time in between. Workflow type on the wire: ReminderWorkflow.
 */
export async function ReminderWorkflow(input: ReminderInput): Promise<ReminderFired> {
  const { message, deadline: first } = checkWorkflowInput('ReminderWorkflow', input);
  let deadline = first;
  let moves = 0;
  setHandler(reminderDeadlineQuery, () => deadline);
  setHandler(
    moveReminderUpdate,
    (move) => {
      deadline = move.deadline;
      moves += 1;
      return deadline;
    },
    {
      // The contract's rule: in the future, at most a year ahead (the first deadline has the same bound).
      validator: (move: ReminderMove) => checkUpdateInput('moveReminder', move),
    },
  );

  // Date.now() is workflow time: the time-skipping test server moves it without anyone waiting.
  while (Date.now() < deadline.getTime()) {
    const sleepingUntil = deadline;
    await condition(() => deadline !== sleepingUntil, deadline.getTime() - Date.now());
  }
  await condition(allHandlersFinished);
  return { message, deadline, firedAt: new Date(), moves };
}
