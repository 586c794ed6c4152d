export { BatchWorkflow } from './batch';
export * from './definitions';
export type * from './types';
