import { allHandlersFinished, ApplicationFailure, condition, setHandler } from '@temporalio/workflow';
import type { ReminderFired, ReminderInput, ReminderMove } from '@reference/models';
import { checkUpdateInput, checkWorkflowInput, INVALID_UPDATE_INPUT } from '@reference/models/wire';
import { moveReminderUpdate, reminderDeadlineQuery } from './definitions';

/** How far ahead a reminder may be moved. */
const MAX_REMINDER_AHEAD_MS = 365 * 24 * 60 * 60 * 1000;

function checkMove({ deadline }: ReminderMove): void {
  const problem =
    deadline.getTime() <= Date.now()
      ? 'must be in the future'
      : deadline.getTime() > Date.now() + MAX_REMINDER_AHEAD_MS
        ? 'must be at most a year ahead'
        : undefined;
  if (problem) {
    throw ApplicationFailure.nonRetryable(
      `invalid moveReminder update input: deadline: ${problem}`,
      INVALID_UPDATE_INPUT,
    );
  }
}

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
      validator: (move: ReminderMove) => {
        checkUpdateInput('moveReminder', move);
        checkMove(move);
      },
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
