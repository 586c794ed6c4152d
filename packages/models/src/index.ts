// zod schemas and their types, for code that runs in Node (the starter, activities). Workflow code imports these as
// types only and checks values through '@reference/models/wire', which never loads zod.
export { describeIssues, INVALID_INPUT, parseModel } from './validate';
export { wireContract, type WireContract, type WireKind, type WireValue } from './contract';
export { type JsonSchema, wireJsonSchemas } from './json-schema';
export * from './fields';
export * from './failure-types';
export { crossFieldRules, DEFAULT_MAX_ITEMS } from './cross-field-rules';
export * from './greeting';
export * from './ledger';
export * from './fan-out';
export * from './order';
export * from './order-attributes';
export * from './payment';
export * from './catalog';
export * from './report';
export * from './ai';
export * from './invoice';
export * from './approval';
export * from './names';
export * from './heartbeat-throttle';
export * from './checkout';
export * from './lock';
export * from './reminder';
export * from './nexus';
export * from './batch';
export * from './batch-limits';
export * from './batch-sample';
