import type { Invoice, InvoiceMemo } from '@reference/models';
import { invoiceAmountCentsKey, invoiceDueDateKey, invoiceStatusKey } from '@reference/models/names';

/**
 * How clients start an invoice. An object, not functions: every function this package exports is a workflow type.
 * One workflow per invoice (`invoice-<id>`), so sending the same invoice twice is refused by the server.
 */
export const invoiceStart = {
  workflowId: (invoiceId: string): string => `invoice-${invoiceId}`,
  /** Everything besides the task queue: id, args, search attributes (status `open`) and memo. */
  options: (invoice: Invoice, memo: InvoiceMemo) => ({
    workflowId: invoiceStart.workflowId(invoice.invoiceId),
    args: [invoice] as [Invoice],
    typedSearchAttributes: [
      { key: invoiceStatusKey, value: 'open' },
      { key: invoiceDueDateKey, value: invoice.dueDate },
      { key: invoiceAmountCentsKey, value: Number(invoice.amountCents) },
    ],
    memo,
  }),
};
