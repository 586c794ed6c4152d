import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
  upsertMemo,
  upsertSearchAttributes,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import type { Invoice, InvoiceReceipt, Payment } from '@reference/models';
import { checkData, checkUpdateInput, checkWorkflowInput, INVALID_UPDATE_INPUT } from '@reference/models/wire';
import { declareVersioningBehavior } from '../versioning-behavior';
import { type InvoiceStatus, invoiceStatusQuery, payInvoiceUpdate } from './definitions';
import { invoiceStatusKey } from '@reference/models/names';

const { sendInvoice } = proxyActivities<typeof activities>({ startToCloseTimeout: '30 seconds' });

/**
 * With Worker Versioning on, an invoice moves to each new version as it becomes current: it waits for its payment
 * with no bound (weeks past the due date, if need be), longer than any worker version should be kept running. So a
 * change to this workflow must be patched (`patched`, see README "Versioning"), and replay.test.ts keeps every
 * recorded invoice history replaying on the current code.
 */
declareVersioningBehavior('AUTO_UPGRADE', InvoiceWorkflow);

/**
 * One invoice: sent to the customer, then waiting for its payment (overdue once the due date passes). Its status is a
 * search attribute, so invoices can be listed by status. Workflow type on the wire: InvoiceWorkflow.
 */
export async function InvoiceWorkflow(input: Invoice): Promise<InvoiceReceipt> {
  const invoice = checkWorkflowInput('InvoiceWorkflow', input);
  const { requestedBy = 'unknown' } = checkData('InvoiceMemo', workflowInfo().memo ?? {});
  // uuid4, Math.random and Date are the workflow's deterministic versions: replay draws the same values.
  const receiptId = uuid4();
  const receiptNumber = 100_000 + Math.floor(Math.random() * 900_000);
  const issuedAt = new Date();

  let status: InvoiceStatus = 'open';
  let payment: Payment | undefined;
  const moveTo = (next: InvoiceStatus) => {
    status = next;
    upsertSearchAttributes([{ key: invoiceStatusKey, value: next }]);
  };
  setHandler(invoiceStatusQuery, () => status);
  setHandler(
    payInvoiceUpdate,
    (paid) => {
      payment = paid;
      return { receiptId, receiptNumber, issuedAt };
    },
    {
      validator: (paid: Payment) => {
        checkUpdateInput('payInvoice', paid);
        if (payment) throw ApplicationFailure.nonRetryable(`${invoice.invoiceId} is already paid`, 'AlreadyPaid');
        if (paid.amountCents !== invoice.amountCents) {
          throw ApplicationFailure.nonRetryable(
            `invalid payment: amountCents: must be ${invoice.amountCents} (the invoice's amount)`,
            INVALID_UPDATE_INPUT,
          );
        }
      },
    },
  );

  const delivery = await sendInvoice(invoice);
  moveTo('sent');
  const paidInTime = await condition(() => payment !== undefined, Math.max(invoice.dueDate.getTime() - Date.now(), 1));
  if (!paidInTime) {
    moveTo('overdue');
    await condition(() => payment !== undefined);
  }
  moveTo('paid');
  upsertMemo({ receiptId });
  await condition(allHandlersFinished);
  return { invoiceId: invoice.invoiceId, receiptId, receiptNumber, issuedAt, requestedBy, delivery, payment: payment! };
}
