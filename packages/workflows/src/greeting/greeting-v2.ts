import { proxyLocalActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import { checkWorkflowInput } from '@reference/models/wire';

// A short lookup: a local activity runs in the worker that runs the workflow, with no round trip through the server.
const { greet } = proxyLocalActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });

/**
 * The greeting's next version as a new workflow type, registered beside GreetingWorkflow (the alternative to
 * patching): runs started as GreetingWorkflow finish on it unchanged, new starts choose GreetingWorkflowV2.
 */
export async function GreetingWorkflowV2(name: string): Promise<string> {
  return await greet(checkWorkflowInput('GreetingWorkflowV2', name));
}
