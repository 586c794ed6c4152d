export { greet } from './greet';
export * from './order';
