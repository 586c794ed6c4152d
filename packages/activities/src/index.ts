export { greet } from './greet';
export * from './order';
export { postLedgerEntry } from './ledger-posting';
export type { LedgerEntry, LedgerReceipt } from './types';
export * from './catalog';
