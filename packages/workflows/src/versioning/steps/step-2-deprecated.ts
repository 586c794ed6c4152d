import { deprecatePatch, proxyLocalActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';

const local = proxyLocalActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });

/**
 * Step 2, `deprecatePatch`: once no run from before step 1 is open, the old path goes; runs from step 1 (which
 * recorded the patch) still replay, and new runs record the patch as deprecated.
 */
export async function GreetingWorkflow(name: string): Promise<string> {
  deprecatePatch('greet-as-local-activity');
  return await local.greet(name);
}
