import { log, proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import { checkWorkflowInput } from '@reference/models/wire';
import { countBusinessEvent } from '../business-metrics';

const { greet } = proxyActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });

/** The quick start's greeting: greets `name` through the `greet` activity. Workflow type on the wire: GreetingWorkflow. */
export async function GreetingWorkflow(input: string): Promise<string> {
  const name = checkWorkflowInput('GreetingWorkflow', input);
  // `log` is replay-safe: a replaying worker does not repeat these lines.
  log.info('Greeting started', { name });
  const greeting = await greet(name);
  countBusinessEvent('greetings_completed');
  log.info('Greeting finished', { greeting });
  return greeting;
}
