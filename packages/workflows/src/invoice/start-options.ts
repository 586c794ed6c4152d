import type { Invoice, InvoiceMemo } from '@reference/models';
import { invoiceAmountCentsKey, invoiceDueDateKey, invoiceStatusKey } from '@reference/models/names';

/**
 * How clients start an invoice. An object, not functions: every function this package exports is a workflow type.
 * One workflow per invoice (`invoice-<id>`), and an id is used once: the server refuses a second start while the
 * invoice is open (conflict policy FAIL) and after it ended, paid or not (reuse policy REJECT_DUPLICATE), for as long
 * as the namespace keeps closed workflows (its retention period).
 */
export const invoiceStart = {
  workflowId: (invoiceId: string): string => `invoice-${invoiceId}`,
  /** Everything besides the task queue: id, args, search attributes (status `open`) and memo. */
  options: (invoice: Invoice, memo: InvoiceMemo) => ({
    workflowId: invoiceStart.workflowId(invoice.invoiceId),
    workflowIdConflictPolicy: 'FAIL' as const,
    workflowIdReusePolicy: 'REJECT_DUPLICATE' as const,
    args: [invoice] as [Invoice],
    typedSearchAttributes: [
      { key: invoiceStatusKey, value: 'open' },
      { key: invoiceDueDateKey, value: invoice.dueDate },
      { key: invoiceAmountCentsKey, value: Number(invoice.amountCents) },
    ],
    memo,
  }),
};
