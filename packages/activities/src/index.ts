export { greet } from './greet';
export * from './order';
export { postLedgerEntry } from './ledger-posting';
export type { LedgerEntry, LedgerReceipt } from './types';
export * from './catalog';
export { callLlm } from './ai/call-llm';
export { calculate, searchKnowledgeBase } from './ai/tools';
export { generateSearchQueries, planResearch, writeReport } from './ai/research';
export type * from './ai/types';
