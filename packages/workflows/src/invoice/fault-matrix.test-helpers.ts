import type { Invoice } from '@reference/models';
import type { FaultMatrixTable, ScenarioContext } from '@reference/testing';
import { InvoiceWorkflow, invoiceStart, payInvoiceUpdate } from '..';

/** An invoice, sent then paid by update: the update's caller must get the receipt or a typed refusal. */
async function invoiceAndPay(context: ScenarioContext): Promise<void> {
  const invoice: Invoice = {
    // An invoice's workflow id is made of its number: the run's digits.
    invoiceId: `INV-${context.scope}`,
    customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
    amountCents: 12_345n,
    currency: 'EUR',
    dueDate: new Date('2099-12-31T00:00:00Z'),
  };
  const handle = await context.client().workflow.start(InvoiceWorkflow, {
    taskQueue: context.taskQueue,
    ...invoiceStart.options(invoice, { requestedBy: 'fault-matrix' }),
  });
  context.track(handle);
  const payment = { amountCents: invoice.amountCents, paidAt: new Date(), reference: 'SEPA-1' };
  await context.call(handle.executeUpdate(payInvoiceUpdate, { args: [payment] }));
}

// An invoice's outside world is its mail, which keeps no record: what must hold is what holds for every workflow.
export const faultMatrix: FaultMatrixTable = {
  InvoiceWorkflow: [{ name: 'sent and paid', activities: ['sendInvoice'], invariants: [], run: invoiceAndPay }],
};
