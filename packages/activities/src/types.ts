/** What a ledger posting moves: `amountCents` (a positive integer) on `account`. */
export interface LedgerEntry {
  account: string;
  amountCents: number;
}

/** The ledger's answer: the idempotency key it recorded the entry under and the attempt that got the answer. */
export interface LedgerReceipt {
  idempotencyKey: string;
  account: string;
  amountCents: number;
  attempt: number;
}
