// The Nexus domain, for the worker's handler: the service, its greeting and the handler's workflow.
export { GREETING_ENDPOINT, greetingService, NEXUS_CALLER_NAMESPACE } from './greeting-service';
export { greetingIn } from './salutations';
export { NexusGreetingWorkflow } from './nexus-greeting';
export { ScheduledGreetingWorkflow } from './scheduled-greeting';
