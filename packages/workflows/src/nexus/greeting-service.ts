import * as nexus from 'nexus-rpc';
import type { Greeting, GreetingRequest, ScheduledGreetingRequest } from '@reference/models';

/**
 * The Nexus service's contract, shared by the caller's workflow and the handler: names and types only, so workflow
 * code can import it. Service and operation names are on the wire (the contract's `nexusOperation` entries).
 */
export const greetingService = nexus.service('GreetingService', {
  /** Synchronous: the handler answers within the request. */
  greet: nexus.operation<GreetingRequest, Greeting>(),
  /** Asynchronous: backed by a ScheduledGreetingWorkflow run in the handler's namespace. */
  greetLater: nexus.operation<ScheduledGreetingRequest, Greeting>(),
});

/** The endpoint callers address: the server routes it to the handler's namespace and task queue. */
export const GREETING_ENDPOINT = 'greeting-service';

/** Where NexusGreetingWorkflow runs in development: a namespace apart from the handler's (`default`). */
export const NEXUS_CALLER_NAMESPACE = 'nexus-caller';
