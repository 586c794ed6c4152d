import { MockActivityEnvironment } from '@temporalio/testing';
import type { Invoice, InvoiceDelivery } from '@reference/models';
import { sendInvoice } from './send-invoice';

const invoice: Invoice = {
  invoiceId: 'INV-7',
  customer: { name: 'Ada', email: 'ada@example.com' },
  amountCents: 500n,
  currency: 'EUR',
  dueDate: new Date('2099-01-01T00:00:00Z'),
};

test('sends a valid invoice: a message id derived from the invoice, a Date for when', async () => {
  const delivery = await new MockActivityEnvironment().run<[Invoice], InvoiceDelivery, typeof sendInvoice>(
    sendInvoice,
    invoice,
  );
  expect(delivery.messageId).toMatch(/^INV-7\//);
  expect(delivery.sentAt).toBeInstanceOf(Date);
});
