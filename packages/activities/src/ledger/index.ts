export { postLedgerEntry } from './ledger-posting';
// The ledger's wire shapes live in the contract (@reference/models).
export type { LedgerEntry, LedgerReceipt } from '@reference/models';
