import { log } from '@temporalio/activity';

/** The seed's greeting activity: the one place the quick demo does its "work". */
export async function greet(name: string): Promise<string> {
  // The SDK adds the context: workflowId, activityType, attempt, taskQueue, …
  log.info('Greeting', { name });
  return `Hello, ${name}!`;
}
