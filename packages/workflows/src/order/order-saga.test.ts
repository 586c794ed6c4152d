import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import { orderSystems, RATE_LIMIT_RETRY_AFTER_MS } from '@reference/activities';
import { TEST_CARDS } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import {
  approveOrderSignal,
  CancelOrderWorkflow,
  orderProgressQuery,
  orderStatusQuery,
  TASK_QUEUE,
  type OrderInput,
} from '..';
import { progressWhen, startOrder } from './order.test-helpers';
import { useTestServer } from '@reference/testing';

const server = useTestServer({ runWorker: true });

/** What the warehouse, gateway and carrier hold for an order: [in force, undone] per system. */
function effects(orderId: string) {
  const count = (entries: { undone: boolean }[]) => [
    entries.filter((e) => !e.undone).length,
    entries.filter((e) => e.undone).length,
  ];
  return {
    reservations: count(orderSystems.warehouse.forOrder(orderId)),
    charges: count(orderSystems.gateway.charges.forOrder(orderId)),
    shipments: count(orderSystems.carrier.forOrder(orderId)),
  };
}

async function approvedOrder(overrides: Partial<OrderInput>) {
  const handle = await startOrder(server.env, overrides);
  await handle.signal(approveOrderSignal, { approvedBy: 'manager-bo' });
  return handle;
}

test('an approved order reserves each line in a child, charges once, ships once', async () => {
  const handle = await approvedOrder({
    items: [
      { sku: 'TEA-GREEN', quantity: 2 },
      { sku: 'KETTLE', quantity: 1 },
    ],
  });
  const result = await handle.result();
  expect(result).toMatchObject({ status: 'fulfilled', itemCount: 2, totalCents: 2 * 1200 + 4500 });
  expect(result.trackingNumber).toMatch(/^TRK-/);
  expect(effects(handle.workflowId)).toEqual({ reservations: [2, 0], charges: [1, 0], shipments: [1, 0] });
  const progress = await handle.query(orderProgressQuery);
  expect(progress.completedSteps).toEqual(['inventory-reserved', 'payment-charged', 'shipped']);
  expect(progress.compensations).toEqual([]);
  // Each line told its parent through an external handle.
  expect([...progress.reservedSkus].sort()).toEqual(['KETTLE', 'TEA-GREEN']);

  const history = await handle.fetchHistory();
  const children = (history.events ?? []).flatMap((e) => e.startChildWorkflowExecutionInitiatedEventAttributes ?? []);
  expect(children.map((c) => [c.workflowId, c.workflowType?.name, c.parentClosePolicy])).toEqual([
    [`${handle.workflowId}/line-1`, 'OrderLineWorkflow', 3], // 3 = PARENT_CLOSE_POLICY_REQUEST_CANCEL
    [`${handle.workflowId}/line-2`, 'OrderLineWorkflow', 3],
  ]);
  const line = await server.env.client.workflow.getHandle(`${handle.workflowId}/line-1`).fetchHistory();
  const signalled = line.events?.find((e) => e.signalExternalWorkflowExecutionInitiatedEventAttributes);
  expect(signalled?.signalExternalWorkflowExecutionInitiatedEventAttributes).toMatchObject({
    signalName: 'lineReserved',
    workflowExecution: { workflowId: handle.workflowId },
  });
});

describe.each([
  {
    point: 'a sold-out line',
    input: {
      items: [
        { sku: 'TEA-GREEN', quantity: 1 },
        { sku: 'TEAPOT-VINTAGE', quantity: 1 },
      ],
    },
    type: 'OutOfStock',
    cause: 'OutOfStock',
    compensations: ['releaseInventory'],
    effects: { reservations: [0, 1], charges: [0, 0], shipments: [0, 0] },
  },
  {
    point: 'an invalid card',
    input: sealCard('4242424242424241'),
    type: 'PaymentDeclined',
    cause: 'InvalidCard',
    compensations: ['refundPayment', 'releaseInventory'],
    effects: { reservations: [0, 1], charges: [0, 0], shipments: [0, 0] },
  },
  {
    point: 'a declined card',
    input: sealCard(TEST_CARDS.declined),
    type: 'PaymentDeclined',
    cause: 'CardDeclined',
    compensations: ['refundPayment', 'releaseInventory'],
    effects: { reservations: [0, 1], charges: [0, 0], shipments: [0, 0] },
  },
  {
    point: 'no carrier for the country',
    input: { country: 'AQ' },
    type: 'ShippingUnavailable',
    cause: 'ShippingUnavailable',
    compensations: ['cancelShipment', 'refundPayment', 'releaseInventory'],
    effects: { reservations: [0, 1], charges: [0, 1], shipments: [0, 0] },
  },
])('the saga failing at $point', ({ input, type, cause, compensations, effects: expected }) => {
  test(`fails the order with ${type} after running exactly the owed compensations, newest first`, async () => {
    const handle = await approvedOrder(input);
    const failure = await handle.result().catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    const orderFailure = (failure as WorkflowFailedError).cause;
    expect(orderFailure).toBeInstanceOf(ApplicationFailure);
    expect(orderFailure).toMatchObject({ type, nonRetryable: true });
    expect((orderFailure as ApplicationFailure).details).toEqual([
      { orderId: handle.workflowId, cause, compensations },
    ]);
    expect(effects(handle.workflowId)).toEqual(expected);
    await expect(handle.query(orderStatusQuery)).resolves.toBe('failed');
  });
});

test('a declined card is not retried: CardDeclined is in the retry policy’s non-retryable types', async () => {
  const handle = await approvedOrder(sealCard(TEST_CARDS.declined));
  await expect(handle.result()).rejects.toBeInstanceOf(WorkflowFailedError);
  const attempts = orderSystems.gateway.attempts.filter((a) => a.orderId === handle.workflowId);
  expect(attempts.map((a) => a.outcome)).toEqual(['CardDeclined']);
});

test('a rate-limited charge is retried after the delay the gateway gave, not the policy’s 500 ms', async () => {
  const handle = await approvedOrder(sealCard(TEST_CARDS.rateLimited));
  await expect(handle.result()).resolves.toMatchObject({ status: 'fulfilled' });
  const attempts = orderSystems.gateway.attempts.filter((a) => a.orderId === handle.workflowId);
  expect(attempts.map((a) => a.outcome)).toEqual(['RateLimited', 'charged (attempt 2)']);
  const [first, second] = attempts;
  expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(RATE_LIMIT_RETRY_AFTER_MS - 50);
  expect(effects(handle.workflowId).charges).toEqual([1, 0]);
});

test('cancelling during the cool-off refunds and releases, ships nothing, and ends the order cancelled', async () => {
  const handle = await approvedOrder({ coolOffMs: 60_000 });
  await progressWhen(handle, (p) => p.completedSteps.includes('payment-charged'));
  await handle.cancel();
  const failure = await handle.result().catch((err: unknown) => err);
  expect(failure).toBeInstanceOf(WorkflowFailedError);
  expect((failure as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
  await expect(handle.query(orderProgressQuery)).resolves.toMatchObject({
    status: 'cancelled',
    compensations: ['refundPayment', 'releaseInventory'],
  });
  expect(effects(handle.workflowId)).toEqual({ reservations: [0, 1], charges: [0, 1], shipments: [0, 0] });
  expect((await handle.describe()).status.name).toBe('CANCELLED');
});

test('cancelling while awaiting approval ends the order cancelled with nothing to undo', async () => {
  const handle = await startOrder(server.env);
  await progressWhen(handle, (p) => p.itemCount === 1);
  await handle.cancel();
  const failure = await handle.result().catch((err: unknown) => err);
  expect((failure as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
  await expect(handle.query(orderStatusQuery)).resolves.toBe('cancelled');
  expect(effects(handle.workflowId)).toEqual({ reservations: [0, 0], charges: [0, 0], shipments: [0, 0] });
});

test('CancelOrderWorkflow records the reason on the order and cancels it through an external handle', async () => {
  const handle = await approvedOrder({ coolOffMs: 60_000 });
  await progressWhen(handle, (p) => p.completedSteps.includes('payment-charged'));
  await server.env.client.workflow.execute(CancelOrderWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: `cancel-${handle.workflowId}`,
    args: [{ orderId: handle.workflowId, reason: 'customer changed their mind' }],
  });
  const failure = await handle.result().catch((err: unknown) => err);
  expect((failure as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
  await expect(handle.query<string>('cancellationReason')).resolves.toBe('customer changed their mind');
  expect(effects(handle.workflowId)).toEqual({ reservations: [0, 1], charges: [0, 1], shipments: [0, 0] });
});
