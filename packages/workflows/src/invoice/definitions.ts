import { defineQuery, defineUpdate, type QueryDefinition } from '@temporalio/workflow';
import type { InvoiceReceipt, Payment } from '@reference/models';

export type InvoiceStatus = 'open' | 'sent' | 'overdue' | 'paid';

/** What payInvoice answers: the receipt's identity, drawn when the invoice started. */
export type ReceiptStub = Pick<InvoiceReceipt, 'receiptId' | 'receiptNumber' | 'issuedAt'>;

/** Records the payment; the validator refuses an invalid payment, a wrong amount or a second payment. */
export const payInvoiceUpdate: ReturnType<typeof defineUpdate<ReceiptStub, [Payment]>> = defineUpdate('payInvoice');
export const invoiceStatusQuery: QueryDefinition<InvoiceStatus> = defineQuery('invoiceStatus');
