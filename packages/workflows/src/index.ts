export { GreetingWorkflow } from './greeting';
export { LedgerPostingWorkflow } from './ledger-posting';
export { TASK_QUEUE } from './task-queue';
export * from './order';
export * from './catalog';
export { AgentWorkflow, agentProgressQuery } from './ai/agent';
export { ResearchWorkflow, researchProgressQuery } from './ai/research';
export type * from './ai/types';
export * from './invoice';
