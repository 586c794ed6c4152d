import { z } from 'zod';
import { matching, nonBlank, superjsonBigint, superjsonDate } from './fields';

export const InvoiceId = matching(/^INV-\d{1,12}$/, 'must look like INV-123');
// Capped at Number.MAX_SAFE_INTEGER, so the amount search attribute (an Int) holds it exactly.
export const AmountCents = superjsonBigint(0n, BigInt(Number.MAX_SAFE_INTEGER));

/** What InvoiceWorkflow is started with. Dates and bigint cents travel as themselves (see @reference/data-converter). */
export const Invoice = z.strictObject({
  invoiceId: InvoiceId,
  customer: z.strictObject({
    name: nonBlank(100),
    email: z.email(),
  }),
  amountCents: AmountCents,
  currency: z.enum(['EUR', 'GBP', 'USD']),
  dueDate: superjsonDate(),
});
export type Invoice = z.infer<typeof Invoice>;

/** The payInvoice update's argument. */
export const Payment = z.strictObject({
  amountCents: AmountCents,
  paidAt: superjsonDate(),
  reference: nonBlank(64),
});
export type Payment = z.infer<typeof Payment>;

/** What the sendInvoice activity returns. */
export const InvoiceDelivery = z.object({ messageId: z.string().min(1), sentAt: superjsonDate() });
export type InvoiceDelivery = z.infer<typeof InvoiceDelivery>;

/** InvoiceWorkflow's result. */
export const InvoiceReceipt = z.object({
  invoiceId: InvoiceId,
  receiptId: z.uuid(),
  /** Drawn by the workflow: a deterministic random number, the same on every replay. */
  receiptNumber: z.number().int().min(100_000).max(999_999),
  issuedAt: superjsonDate(),
  /** From the memo the client set at start. */
  requestedBy: z.string(),
  delivery: InvoiceDelivery,
  payment: Payment,
});
export type InvoiceReceipt = z.infer<typeof InvoiceReceipt>;

/** The memo an invoice carries: set at start, read by the workflow, upserted when paid. */
export const InvoiceMemo = z.object({
  requestedBy: z.string().min(1),
  receiptId: z.uuid().optional(),
});
export type InvoiceMemo = z.infer<typeof InvoiceMemo>;
