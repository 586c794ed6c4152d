import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';

const { greet } = proxyActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });
// The change: greeting is a short, local lookup, so it runs as a local activity (no round trip through the server).
const local = proxyLocalActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });

/** Step 1, `patched`: new runs take the new path and record the patch; runs started before it replay the old path. */
export async function GreetingWorkflow(name: string): Promise<string> {
  if (patched('greet-as-local-activity')) return await local.greet(name);
  return await greet(name);
}
