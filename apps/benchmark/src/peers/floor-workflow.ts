import { proxyActivities } from '@temporalio/workflow';
import type * as activities from './floor-activities';

const { greet } = proxyActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });

/** GreetingWorkflow and nothing else: the whole workflow code of the floor worker's bundle. */
export async function GreetingWorkflow(name: string): Promise<string> {
  return await greet(name);
}
