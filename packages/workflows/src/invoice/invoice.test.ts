import {
  WorkflowExecutionAlreadyStartedError,
  WorkflowFailedError,
  WorkflowUpdateFailedError,
} from '@temporalio/client';
import { type Invoice, InvoiceReceipt, type Payment } from '@reference/models';
import { createTestWorker, useTestServer } from '@reference/testing';
import {
  InvoiceWorkflow,
  type InvoiceStatus,
  invoiceStart,
  invoiceStatusKey,
  invoiceStatusQuery,
  payInvoiceUpdate,
} from '..';

const taskQueue = 'invoice-test';
const server = useTestServer();

let next = 0;
const anInvoice = (overrides: Partial<Invoice> = {}): Invoice => ({
  invoiceId: `INV-${Date.now() % 1e9}${next++}`,
  customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
  amountCents: 9_007_199_254_740_991n,
  currency: 'EUR',
  dueDate: new Date(Date.now() + 86_400_000),
  ...overrides,
});
const paymentFor = (invoice: Invoice): Payment => ({
  amountCents: invoice.amountCents,
  paidAt: new Date('2026-11-24T12:00:00.000Z'),
  reference: 'SEPA-42',
});

/** Every workflow task replays the whole history (no cache), so anything the code draws is drawn again on replay. */
const withWorker = <T>(fn: () => Promise<T>) =>
  createTestWorker(server.env.nativeConnection, { taskQueue, maxCachedWorkflows: 0 }).then((worker) =>
    worker.runUntil(fn),
  );

async function startInvoice(invoice: Invoice) {
  const handle = await server.env.client.workflow.start(InvoiceWorkflow, {
    taskQueue,
    ...invoiceStart.options(invoice, { requestedBy: 'billing-test' }),
  });
  return handle;
}

/**
 * Waits until the invoice's status search attribute is `status` in its own record (describe), which changes only when
 * the workflow task that upserted it is committed; queries may answer from a task still in flight.
 */
async function until(handle: Awaited<ReturnType<typeof startInvoice>>, status: InvoiceStatus): Promise<void> {
  while ((await handle.describe()).typedSearchAttributes.get(invoiceStatusKey) !== status) {
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('an invoice round-trips client → workflow → activity → result with its Date and bigint fields intact', async () => {
  const invoice = anInvoice();
  const { receipt, stub, description, history } = await withWorker(async () => {
    const handle = await startInvoice(invoice);
    await until(handle, 'sent');
    const stub = await handle.executeUpdate(payInvoiceUpdate, { args: [paymentFor(invoice)] });
    const receipt = await handle.result();
    expect(await handle.query(invoiceStatusQuery)).toBe('paid');
    return { receipt, stub, description: await handle.describe(), history: await handle.fetchHistory() };
  });
  // The result parses against its schema: real Dates, a bigint, a uuid.
  expect(InvoiceReceipt.parse(receipt)).toEqual(receipt);
  expect(receipt).toMatchObject({
    invoiceId: invoice.invoiceId,
    requestedBy: 'billing-test',
    payment: paymentFor(invoice),
  });
  expect(receipt.payment.amountCents).toBe(9_007_199_254_740_991n);
  expect(receipt.delivery.sentAt).toBeInstanceOf(Date);
  // F7: the update ran in a later replay than the one that completed the workflow; both drew the same values.
  expect(stub).toEqual({
    receiptId: receipt.receiptId,
    receiptNumber: receipt.receiptNumber,
    issuedAt: receipt.issuedAt,
  });
  const firstTaskStarted = history.events?.find((e) => e.workflowTaskStartedEventAttributes)?.eventTime;
  expect(receipt.issuedAt.getTime()).toBe(
    Number(firstTaskStarted?.seconds) * 1000 + Math.floor((firstTaskStarted?.nanos ?? 0) / 1e6),
  );
  // F5 / F6: the status moved on to paid; the memo kept what the client set and gained the receipt id.
  expect(description.typedSearchAttributes.get(invoiceStatusKey)).toBe('paid');
  expect(description.memo).toEqual({ requestedBy: 'billing-test', receiptId: receipt.receiptId });
});

test('an invoice id is used once: the same id cannot start again while the invoice is open, nor once it is paid', async () => {
  const invoice = anInvoice();
  await withWorker(async () => {
    const handle = await startInvoice(invoice);
    await expect(startInvoice(invoice)).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
    await until(handle, 'sent');
    await handle.executeUpdate(payInvoiceUpdate, { args: [paymentFor(invoice)] });
    await handle.result();
    await expect(startInvoice(invoice)).rejects.toBeInstanceOf(WorkflowExecutionAlreadyStartedError);
  });
});

test('the update validator refuses a bad payment, naming the field, and leaves nothing in history', async () => {
  const invoice = anInvoice();
  await withWorker(async () => {
    const handle = await startInvoice(invoice);
    const historyLength = async () => (await handle.fetchHistory()).events?.length;
    await until(handle, 'sent');
    const before = await historyLength();
    const bad = [
      [{ ...paymentFor(invoice), reference: ' ' }, 'invalid payInvoice update input: reference: must not be blank'],
      [{ ...paymentFor(invoice), amountCents: 1n }, `invalid payment: amountCents: must be ${invoice.amountCents}`],
    ] as const;
    for (const [payment, message] of bad) {
      const refused = await handle.executeUpdate(payInvoiceUpdate, { args: [payment] }).catch((err: unknown) => err);
      expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
      expect((refused as WorkflowUpdateFailedError).cause?.message).toContain(message);
    }
    expect(await historyLength()).toBe(before);
    await handle.terminate('test over');
  });
});

test('an invalid invoice started around the starter fails the workflow with the field named, sending nothing', async () => {
  const invoice = { ...anInvoice(), customer: { name: 'Ada', email: 'not-an-email' } };
  await withWorker(async () => {
    const handle = await startInvoice(invoice);
    const failure = await handle.result().catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    expect((failure as WorkflowFailedError).cause).toMatchObject({ type: 'InvalidWorkflowInput' });
    expect((failure as WorkflowFailedError).cause?.message).toContain('customer.email');
    const events = (await handle.fetchHistory()).events ?? [];
    expect(events.some((e) => e.activityTaskScheduledEventAttributes)).toBe(false);
  });
});

test('listing by search attribute finds exactly the invoices in each status', async () => {
  const [toPay, toLeave, overdue] = [anInvoice(), anInvoice(), anInvoice({ dueDate: new Date(Date.now() - 1000) })];
  const ids = await withWorker(async () => {
    const handles = await Promise.all([toPay, toLeave, overdue].map((invoice) => startInvoice(invoice)));
    const [paying] = handles;
    await Promise.all(handles.map((handle, i) => until(handle, i === 2 ? 'overdue' : 'sent')));
    await paying!.executeUpdate(payInvoiceUpdate, { args: [paymentFor(toPay)] });
    await paying!.result();
    return handles.map((h) => h.workflowId);
  });
  const inThisTest = `WorkflowId IN (${ids.map((id) => `'${id}'`).join(', ')})`;
  const list = async (status: string) => {
    const found: string[] = [];
    for await (const execution of server.env.client.workflow.list({
      query: `InvoiceStatus = '${status}' AND ${inThisTest}`,
    })) {
      found.push(execution.workflowId);
    }
    return found;
  };
  // Visibility is eventually consistent: wait until the last upsert shows.
  const expected = { paid: [ids[0]], sent: [ids[1]], overdue: [ids[2]], open: [] };
  for (const deadline = Date.now() + 10_000; ;) {
    const actual = Object.fromEntries(
      await Promise.all(Object.keys(expected).map(async (s): Promise<[string, string[]]> => [s, await list(s)])),
    );
    if (JSON.stringify(actual) === JSON.stringify(expected) || Date.now() > deadline) {
      expect(actual).toEqual(expected);
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
});
