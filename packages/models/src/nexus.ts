import { z } from 'zod';
import { matching, nonBlank } from './fields';

/** Who to greet, and in which language (an ISO 639-1 code such as `en`; the handler knows only a few). */
export const GreetingRequest = z.strictObject({
  name: nonBlank(200),
  language: matching(/^[a-z]{2}$/, 'must be a two-letter language code such as en'),
});
export type GreetingRequest = z.infer<typeof GreetingRequest>;

/** A greeting that the handler's workflow sends after `delaySeconds`: long enough, in a test, to cancel it first. */
export const ScheduledGreetingRequest = GreetingRequest.extend({
  delaySeconds: z.number().int().min(0).max(86_400),
});
export type ScheduledGreetingRequest = z.infer<typeof ScheduledGreetingRequest>;

/** What either greeting operation returns. */
export interface Greeting {
  message: string;
}

/** NexusGreetingWorkflow's result: the synchronous operation's greeting, then the workflow-run operation's. */
export interface NexusGreetings {
  now: string;
  later: string;
}
