import { randomUUID } from 'node:crypto';
import { Client, WorkflowFailedError, WorkflowUpdateFailedError } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { z } from 'zod';
import { createDataConverter } from '@reference/data-converter';
import { TEST_CARDS, wireContract } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import { INVALID_UPDATE_INPUT, INVALID_WORKFLOW_INPUT } from '@reference/models/wire';
import { brokenValues, wireExamples } from '@reference/models/wire-examples';
import { TASK_QUEUE } from '@reference/workflows';
import { createWorker } from './create-worker';
import { useTestServer } from '@reference/testing';

// As a client in another language would: workflows started, signalled and updated by their wire names with raw
// values, no starter in between. Values are written as any SDK writes them (json/plain); only the invoice's Date and
// bigint need superjson, so the client shares the worker's converter.
const server = useTestServer();
const EventType = temporal.api.enums.v1.EventType;
const SCHEDULED = [
  EventType.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
  EventType.EVENT_TYPE_TIMER_STARTED,
  EventType.EVENT_TYPE_START_CHILD_WORKFLOW_EXECUTION_INITIATED,
];

const client = () => new Client({ connection: server.env.connection, dataConverter: createDataConverter() });

// Every broken copy of every workflow's example that the contract's schema refuses (zod decides, the worker must agree).
const refusedStarts = Object.entries(wireExamples.workflow).flatMap(([workflowType, example]) => {
  const schema = (wireContract.workflow as Record<string, z.ZodType>)[workflowType]!;
  return brokenValues(example)
    .filter(({ value }) => !schema.safeParse(value).success)
    .map(({ rule, value }) => ({ workflowType, rule, value }));
});

test('every workflow type is started with a wrong type and an out-of-range value; objects also without a field and with an unknown one', () => {
  for (const [workflowType, example] of Object.entries(wireExamples.workflow)) {
    const rules = refusedStarts.filter((start) => start.workflowType === workflowType).map(({ rule }) => rule);
    const isObject = typeof example === 'object' && !(example instanceof Date);
    const expected = isObject
      ? ['missing field', 'wrong type', 'out of range', 'unknown field']
      : ['wrong type', 'out of range'];
    expect({ workflowType, rules: rules.filter((rule) => expected.includes(rule)) }).toEqual({
      workflowType,
      rules: expected,
    });
  }
});

test('an invalid input fails the workflow in its first task, typed, before anything is scheduled', async () => {
  const worker = await createWorker(server.env.nativeConnection, 'default', { workflowBundle: server.workflowBundle });
  const outcomes = await worker.runUntil(
    Promise.all(
      refusedStarts.map(async ({ workflowType, rule, value }) => {
        const handle = await client().workflow.start(workflowType, {
          taskQueue: TASK_QUEUE,
          workflowId: `foreign-${workflowType}-${randomUUID()}`,
          args: value === undefined ? [] : [value],
        });
        const failure = await handle.result().then(
          () => undefined,
          (err: unknown) => err,
        );
        const events = (await handle.fetchHistory()).events ?? [];
        return {
          workflowType,
          rule,
          failure,
          workflowTasks: events.filter((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED).length,
          scheduled: events.filter((e) => SCHEDULED.includes(e.eventType!)).length,
        };
      }),
    ),
  );
  for (const { workflowType, rule, failure, workflowTasks, scheduled } of outcomes) {
    const cause = failure instanceof WorkflowFailedError ? failure.cause : failure;
    const { type, nonRetryable } = cause as { type?: string; nonRetryable?: boolean };
    expect({ workflowType, rule, type, nonRetryable }).toEqual({
      workflowType,
      rule,
      type: INVALID_WORKFLOW_INPUT,
      nonRetryable: true,
    });
    expect((cause as Error).message).toMatch(new RegExp(`^invalid ${workflowType} workflow input: [^:]+: .+`));
    expect({ workflowType, rule, workflowTasks, scheduled }).toEqual({
      workflowType,
      rule,
      workflowTasks: 1,
      scheduled: 0,
    });
  }
});

test('an order sent with a card number instead of a payment token fails at once, scheduling nothing', async () => {
  const worker = await createWorker(server.env.nativeConnection, 'default', { workflowBundle: server.workflowBundle });
  const { paymentToken: _token, cardLast4: _last4, ...order } = wireExamples.workflow.OrderWorkflow;
  const handle = await worker.runUntil(async () => {
    const started = await client().workflow.start('OrderWorkflow', {
      taskQueue: TASK_QUEUE,
      workflowId: `foreign-card-${randomUUID()}`,
      args: [{ ...order, cardNumber: TEST_CARDS.ok }],
    });
    await started.result().catch(() => undefined);
    return started;
  });
  const failure: unknown = await handle.result().then(
    () => undefined,
    (err: unknown) => (err as WorkflowFailedError).cause,
  );
  expect(failure).toMatchObject({ type: INVALID_WORKFLOW_INPUT });
  expect((failure as Error).message).toMatch(/paymentToken/);
  const events = (await handle.fetchHistory()).events ?? [];
  expect(events.filter((e) => SCHEDULED.includes(e.eventType!))).toEqual([]);
});

test('an order drops invalid signals and rejects an invalid update, then carries on', async () => {
  const worker = await createWorker(server.env.nativeConnection, 'default', { workflowBundle: server.workflowBundle });
  await worker.runUntil(async () => {
    const handle = await client().workflow.start('OrderWorkflow', {
      taskQueue: TASK_QUEUE,
      workflowId: `foreign-order-${randomUUID()}`,
      // A client in any language seals the card with the gateway's public key (RSA-OAEP, SHA-256), as sealCard does.
      args: [{ ...wireExamples.workflow.OrderWorkflow, ...sealCard(TEST_CARDS.ok), coolOffMs: 0 }],
    });
    await handle.signal('approveOrder', { approvedBy: '' });
    await handle.signal('addItem', { sku: 'MUG-BLUE', quantity: 0 });
    const rejected = await handle
      .executeUpdate('addItemToOrder', { args: [{ sku: 'MUG-BLUE', quantity: '2' }] })
      .catch((err: unknown) => err);
    expect(rejected).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((rejected as WorkflowUpdateFailedError).cause).toMatchObject({ type: INVALID_UPDATE_INPUT });
    await expect(handle.query('orderStatus')).resolves.toBe('awaiting-approval');
    await expect(handle.query('orderProgress')).resolves.toMatchObject({ itemCount: 1 });
    const events = (await handle.fetchHistory()).events ?? [];
    expect(events.some((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)).toBe(false);
    // Still a working order: a valid approval fulfils it.
    await handle.signal('approveOrder', wireExamples.signal.approveOrder);
    await expect(handle.result()).resolves.toMatchObject({ status: 'fulfilled', itemCount: 1 });
  });
});

test('an invoice rejects a payment whose date is not a Date, leaving nothing in history', async () => {
  const worker = await createWorker(server.env.nativeConnection, 'default', { workflowBundle: server.workflowBundle });
  await worker.runUntil(async () => {
    const invoice = wireExamples.workflow.InvoiceWorkflow;
    const handle = await client().workflow.start('InvoiceWorkflow', {
      taskQueue: TASK_QUEUE,
      workflowId: `foreign-invoice-${randomUUID()}`,
      args: [invoice],
      memo: { requestedBy: 'foreign-client' },
    });
    const rejected = await handle
      .executeUpdate('payInvoice', { args: [{ ...wireExamples.update.payInvoice, paidAt: '2026-12-01' }] })
      .catch((err: unknown) => err);
    expect((rejected as WorkflowUpdateFailedError).cause).toMatchObject({
      type: INVALID_UPDATE_INPUT,
      message: 'invalid payInvoice update input: paidAt: must be a valid Date',
    });
    const events = (await handle.fetchHistory()).events ?? [];
    expect(events.some((e) => e.eventType === EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED)).toBe(false);
    await handle.executeUpdate('payInvoice', { args: [wireExamples.update.payInvoice] });
    await expect(handle.result()).resolves.toMatchObject({
      invoiceId: invoice.invoiceId,
      requestedBy: 'foreign-client',
    });
  });
});
