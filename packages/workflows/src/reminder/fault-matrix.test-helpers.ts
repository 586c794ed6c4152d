import { WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { INVALID_UPDATE_INPUT } from '@reference/models';
import type { FaultMatrixTable, ScenarioContext } from '@reference/testing';
import { moveReminderUpdate, ReminderWorkflow } from '..';

/**
 * Moves the reminder a few seconds ahead. A worker busy with the whole matrix may validate the move only once that
 * time has passed, and refuse it (InvalidUpdateInput), as it should: the client then asks again, further ahead.
 */
async function moveSooner(context: ScenarioContext, reminder: WorkflowHandle<typeof ReminderWorkflow>) {
  for (const secondsAhead of [5, 20, 60]) {
    const move = { deadline: new Date(Date.now() + secondsAhead * 1_000) };
    const refusal = await context.call(reminder.executeUpdate(moveReminderUpdate, { args: [move] })).then(
      () => undefined,
      (err: Error) => err,
    );
    if (!refusal) return;
    const late =
      refusal instanceof WorkflowUpdateFailedError &&
      refusal.cause instanceof ApplicationFailure &&
      refusal.cause.type === INVALID_UPDATE_INPUT;
    if (!late) throw refusal;
  }
  throw new Error('every move was validated too late');
}

// A reminder touches nothing outside until it fires: what must hold is what holds for every workflow, and the
// moveReminder caller's answer.
export const faultMatrix: FaultMatrixTable = {
  ReminderWorkflow: [
    {
      name: 'moved sooner, then fires',
      activities: [],
      waits: 'for its deadline',
      invariants: [],
      run: async (context) => {
        const args: [{ message: string; deadline: Date }] = [
          { message: 'renew the certificate', deadline: new Date(Date.now() + 60 * 60 * 1000) },
        ];
        const handle = await context
          .client()
          .workflow.start(ReminderWorkflow, { taskQueue: context.taskQueue, workflowId: context.id('reminder'), args });
        context.track(handle);
        await moveSooner(context, handle);
      },
    },
  ],
};
