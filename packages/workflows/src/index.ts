export { GreetingWorkflow } from './greeting/greeting';
export { GreetingWorkflowV2 } from './greeting/greeting-v2';
export { FanOutWorkflow } from './fan-out/fan-out';
export { LedgerPostingWorkflow } from './ledger/ledger-posting';
export * from '@reference/models/names';
export * from './order';
export * from './catalog';
export { AgentWorkflow, agentProgressQuery } from './ai/agent';
export { ResearchWorkflow, researchProgressQuery } from './ai/research';
export type * from './ai/types';
export * from './invoice';
export * from './report';
export * from './approval';
export * from './checkout';
export * from './lock';
export * from './reminder';
export {
  GREETING_ENDPOINT,
  greetingService,
  NEXUS_CALLER_NAMESPACE,
  NexusGreetingWorkflow,
  ScheduledGreetingWorkflow,
} from './nexus';
export * from './batch';
