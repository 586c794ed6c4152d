import type { Invoice } from '@reference/models';
import { InvoiceWorkflow, invoiceStart, invoiceStatusKey, payInvoiceUpdate } from '..';
import type { RecordingScenario } from '../testing/recording-scenario';

const invoice: Invoice = {
  invoiceId: 'INV-1001',
  customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
  amountCents: 123_456n,
  currency: 'EUR',
  dueDate: new Date('2099-12-31T00:00:00.000Z'),
};

export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'InvoiceWorkflow.paid',
    run: async (client, taskQueue) => {
      const handle = await client.workflow.start(InvoiceWorkflow, {
        taskQueue,
        ...invoiceStart.options(invoice, { requestedBy: 'recording' }),
      });
      while ((await handle.describe()).typedSearchAttributes.get(invoiceStatusKey) !== 'sent') {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const payment = {
        amountCents: invoice.amountCents,
        paidAt: new Date('2026-11-24T12:00:00Z'),
        reference: 'SEPA-1',
      };
      await handle.executeUpdate(payInvoiceUpdate, { args: [payment] });
      return handle;
    },
  },
];
