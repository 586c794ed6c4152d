export { OrderWorkflow } from './order';
export { OrderLineWorkflow } from './order-line';
export { CancelOrderWorkflow } from './cancel-order';
export * from './definitions';
export type { OrderFailureType } from './order-failure';
export type * from './types';
