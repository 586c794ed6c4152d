import { sleep } from '@temporalio/workflow';
import type { Greeting, ScheduledGreetingRequest } from '@reference/models';
import { checkWorkflowInput } from '@reference/models/wire';
import { greetingIn } from './salutations';

/**
 * The handler side of GreetingService.greetLater: waits `delaySeconds`, then greets. It runs in the handler's
 * namespace; the caller's workflow waits on it through Nexus, and cancelling the caller cancels this run.
 * Workflow type on the wire: ScheduledGreetingWorkflow.
 */
export async function ScheduledGreetingWorkflow(input: ScheduledGreetingRequest): Promise<Greeting> {
  const { name, language, delaySeconds } = checkWorkflowInput('ScheduledGreetingWorkflow', input);
  // Fail before the wait: an unsupported language is known now.
  const message = greetingIn(language, name);
  await sleep(`${delaySeconds} seconds`);
  return { message };
}
