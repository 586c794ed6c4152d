export { LockWorkflow } from './lock';
export { ExclusiveJobWorkflow } from './exclusive-job';
export * from './definitions';
