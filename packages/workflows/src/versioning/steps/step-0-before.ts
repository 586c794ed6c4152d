import { proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';

const { greet } = proxyActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });

/** Before the change (today's GreetingWorkflow): `greet` runs as a regular activity, scheduled through the server. */
export async function GreetingWorkflow(name: string): Promise<string> {
  return await greet(name);
}
