import { log } from '@temporalio/activity';
import { GreetingName, parseModel } from '@reference/models';

/** The seed's greeting activity: the one place the quick demo does its "work". Refuses an empty name at entry. */
export async function greet(name: string): Promise<string> {
  const valid = parseModel(GreetingName, name, 'name');
  // The SDK adds the context: workflowId, activityType, attempt, taskQueue, …
  log.info('Greeting', { name: valid });
  return `Hello, ${valid}!`;
}
