import { ApplicationFailure } from '@temporalio/common';
import { startWorkflow, WorkflowRunOperationHandler } from '@temporalio/nexus';
import * as nexus from 'nexus-rpc';
import { wireProblem } from '@reference/models/wire';
import { greetingIn, greetingService, ScheduledGreetingWorkflow } from '@reference/workflows/nexus';

/** A caller's input, checked against the contract: a bad one is the caller's error (BAD_REQUEST, not retried). */
function checkOperationInput<T>(operation: 'GreetingService.greet' | 'GreetingService.greetLater', input: T): T {
  const problem = wireProblem('nexusOperation', operation, input);
  if (problem) throw new nexus.HandlerError('BAD_REQUEST', `invalid ${operation} input: ${problem}`);
  return input;
}

/** GreetingService as this worker runs it, registered with `nexusServices` on the worker of the handler namespace. */
export const greetingServiceHandler = nexus.serviceHandler(greetingService, {
  greet: async (_ctx, input) => {
    const { name, language } = checkOperationInput('GreetingService.greet', input);
    try {
      return { message: greetingIn(language, name) };
    } catch (err) {
      // The operation failed, not the handler: the caller gets NexusOperationFailure caused by this failure, as from
      // greetLater's workflow, rather than a handler error around it.
      if (err instanceof ApplicationFailure) throw new nexus.OperationError('failed', err.message, { cause: err });
      throw err;
    }
  },
  greetLater: new WorkflowRunOperationHandler(async (ctx, input) => {
    const request = checkOperationInput('GreetingService.greetLater', input);
    // The operation's request id makes a retried start the same run; the id only has to be unique and readable.
    return await startWorkflow(ctx, ScheduledGreetingWorkflow, {
      workflowId: `scheduled-greeting-${ctx.requestId}`,
      args: [request],
    });
  }),
});
