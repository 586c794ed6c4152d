import { proxyLocalActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';

const local = proxyLocalActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });

/** Step 3, removal: once no run from before step 2 is open, the patch call goes too. */
export async function GreetingWorkflow(name: string): Promise<string> {
  return await local.greet(name);
}
