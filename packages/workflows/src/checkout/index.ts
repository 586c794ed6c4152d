export { CheckoutWorkflow } from './checkout';
export * from './definitions';
