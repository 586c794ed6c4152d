import { createNexusServiceClient } from '@temporalio/workflow';
import type { NexusGreetings, ScheduledGreetingRequest } from '@reference/models';
import { checkWorkflowInput } from '@reference/models/wire';
import { GREETING_ENDPOINT, greetingService } from './greeting-service';

/**
 * The caller: in its own namespace, it greets through GreetingService twice, once synchronously and once through a
 * workflow-run operation. Nothing here names the handler's namespace or task queue; the endpoint does.
 * Workflow type on the wire: NexusGreetingWorkflow.
 */
export async function NexusGreetingWorkflow(input: ScheduledGreetingRequest): Promise<NexusGreetings> {
  const { name, language, delaySeconds } = checkWorkflowInput('NexusGreetingWorkflow', input);
  const greetings = createNexusServiceClient({ service: greetingService, endpoint: GREETING_ENDPOINT });

  const now = await greetings.executeOperation('greet', { name, language }, { scheduleToCloseTimeout: '1 minute' });
  // Cancelling this workflow while it waits here cancels the operation, and so the handler's workflow run.
  const later = await greetings.executeOperation(
    'greetLater',
    { name, language, delaySeconds },
    { scheduleToCloseTimeout: `${delaySeconds + 60} seconds` },
  );
  return { now: now.message, later: later.message };
}
