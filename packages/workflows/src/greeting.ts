import { proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';

const { greet } = proxyActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });

/** The seed's quick demo: greets `name` through the `greet` activity. Workflow type on the wire: GreetingWorkflow. */
export async function GreetingWorkflow(name: string): Promise<string> {
  return await greet(name);
}
