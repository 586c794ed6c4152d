import { log } from '@temporalio/activity';

/**
 * The greeting activity: the one place the quick start's greeting does its "work". The worker checks `name` against the
 * wire contract before this runs (a blank or oversized name fails with InvalidActivityInput).
 */
export async function greet(name: string): Promise<string> {
  // The SDK adds the context: workflowId, activityType, attempt, taskQueue, …
  log.info('Greeting', { name });
  return `Hello, ${name}!`;
}
