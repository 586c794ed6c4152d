export { GreetingWorkflow } from './greeting';
export { TASK_QUEUE } from './task-queue';
export * from './order';
