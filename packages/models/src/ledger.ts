import { z } from 'zod';
import { nonBlank } from './fields';

/** What a ledger posting moves: `amountCents` (a positive whole number) on `account`. */
export const LedgerEntry = z.strictObject({
  account: nonBlank(64),
  amountCents: z.number().int().min(1).max(1_000_000_000),
});
export type LedgerEntry = z.infer<typeof LedgerEntry>;

/** The ledger's answer: the idempotency key it recorded the entry under and the attempt that got the answer. */
export interface LedgerReceipt extends LedgerEntry {
  idempotencyKey: string;
  attempt: number;
}
