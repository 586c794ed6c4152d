export { GreetingWorkflow } from './greeting';
export { GreetingWorkflowV2 } from './greeting-v2';
export { FanOutWorkflow } from './fan-out';
export { LedgerPostingWorkflow } from './ledger-posting';
export { TASK_QUEUE } from './task-queue';
export * from './order';
export * from './catalog';
export { AgentWorkflow, agentProgressQuery } from './ai/agent';
export { ResearchWorkflow, researchProgressQuery } from './ai/research';
export type * from './ai/types';
export * from './invoice';
export * from './report';
export * from './approval';
export {
  GREETING_ENDPOINT,
  greetingService,
  NEXUS_CALLER_NAMESPACE,
  NexusGreetingWorkflow,
  ScheduledGreetingWorkflow,
} from './nexus';
