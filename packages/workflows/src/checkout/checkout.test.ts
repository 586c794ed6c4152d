import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import * as activities from '@reference/activities';
import { type PaymentCard, TEST_CARDS } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import { CheckoutWorkflow, checkoutStatusQuery, submitPaymentUpdate, TASK_QUEUE } from '..';
import { createTestWorker, useTestServer } from '@reference/testing';
import { held } from '../testing/held-activity.test-helpers';

const server = useTestServer();
const { orderSystems } = activities;

/** A worker with the real activities but for `overrides`, for the duration of `use`. */
async function withWorker(overrides: Partial<typeof activities>, use: () => Promise<void>): Promise<void> {
  const worker = await createTestWorker(server.env.nativeConnection, { activities: overrides });
  await worker.runUntil(use());
}

/** A checkout paid with `card`: a card number, sealed as a client does, or what a client sends as it is. */
function checkout(card: string | PaymentCard) {
  const orderId = `checkout-${randomUUID()}`;
  const startWorkflowOperation = new WithStartWorkflowOperation(CheckoutWorkflow, {
    workflowId: orderId,
    taskQueue: TASK_QUEUE,
    args: [{ orderId, amountCents: 2_500, country: 'GB' }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  const authorised = server.env.client.workflow.executeUpdateWithStart(submitPaymentUpdate, {
    args: [typeof card === 'string' ? sealCard(card) : card],
    startWorkflowOperation,
  });
  return { orderId, authorised, handle: () => startWorkflowOperation.workflowHandle() };
}

test('update-with-start answers once the card is authorised, while capture and shipping go on', async () => {
  const shipping = held(activities.shipOrder);
  await withWorker({ shipOrder: shipping.activity }, async () => {
    const { orderId, authorised, handle } = checkout(TEST_CARDS.ok);
    await expect(authorised).resolves.toEqual({
      authorisationId: expect.any(String) as unknown,
      amountCents: 2_500,
      cardLast4: '4242',
    });
    const workflow = await handle();
    // Shipping is held back, so the workflow cannot have finished: the answer came before the end.
    await expect(workflow.query(checkoutStatusQuery)).resolves.toBe('authorised');
    expect((await workflow.describe()).status.name).toBe('RUNNING');
    const second = await workflow
      .executeUpdate(submitPaymentUpdate, { args: [sealCard(TEST_CARDS.ok)] })
      .catch((err: unknown) => err);
    expect((second as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'AlreadyPaid' });

    shipping.release();
    const { authorisationId } = await authorised;
    await expect(workflow.result()).resolves.toEqual({
      orderId,
      status: 'shipped',
      authorisationId,
      chargeId: expect.any(String) as unknown,
      trackingNumber: expect.stringMatching(/^TRK-/) as unknown,
    });
    expect(orderSystems.gateway.authorisations.forOrder(orderId)).toHaveLength(1);
    expect(orderSystems.gateway.charges.forOrder(orderId)).toHaveLength(1);
    expect(orderSystems.carrier.forOrder(orderId)).toHaveLength(1);
  });
});

test('a declined card fails the update with the gateway’s type; the checkout ends declined, nothing charged', async () => {
  await withWorker({}, async () => {
    const { orderId, authorised, handle } = checkout(TEST_CARDS.declined);
    const failure = await authorised.catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((failure as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'CardDeclined' });
    await expect((await handle()).result()).resolves.toEqual({ orderId, status: 'declined' });
    expect(orderSystems.gateway.charges.forOrder(orderId)).toEqual([]);
  });
});

test('a card number instead of a payment token is refused by the validator; the checkout still waits', async () => {
  await withWorker({}, async () => {
    const { authorised, handle } = checkout({ paymentToken: TEST_CARDS.ok, cardLast4: '4242' });
    const failure = await authorised.catch((err: unknown) => err);
    expect((failure as WorkflowUpdateFailedError).cause).toMatchObject({
      type: 'InvalidUpdateInput',
      message:
        'invalid submitPayment update input: paymentToken: must be a payment token (pt_…, a card sealed by sealCard), ' +
        'never a card number',
    });
    const workflow = await handle();
    await expect(workflow.query(checkoutStatusQuery)).resolves.toBe('awaiting-payment');
    await workflow.terminate('test over');
  });
});

/** Each effect of the order in `ledger`, as whether it was undone. */
const undone = (ledger: { forOrder(orderId: string): { undone: boolean }[] }, orderId: string) =>
  ledger.forOrder(orderId).map((entry) => entry.undone);

test('a checkout cancelled while it ships cancels the shipment and refunds the capture', async () => {
  const shipping = held(activities.shipOrder);
  await withWorker({ shipOrder: shipping.activity }, async () => {
    const { orderId, authorised, handle } = checkout(TEST_CARDS.ok);
    await authorised;
    await shipping.started;
    const workflow = await handle();
    await workflow.cancel();
    // The carrier books the shipment after the cancellation was asked for: it must be undone all the same.
    shipping.release();
    await expect(workflow.result()).rejects.toMatchObject({ cause: { name: 'CancelledFailure' } });
    await shipping.finished();
    expect(undone(orderSystems.gateway.charges, orderId)).toEqual([true]);
    expect(undone(orderSystems.carrier, orderId)).toEqual([true]);
  });
});

test('a checkout cancelled while it captures refunds the capture that lands afterwards', async () => {
  const charging = held(activities.chargePayment);
  await withWorker({ chargePayment: charging.activity }, async () => {
    const { orderId, authorised, handle } = checkout(TEST_CARDS.ok);
    await authorised;
    await charging.started;
    const workflow = await handle();
    await workflow.cancel();
    charging.release();
    await expect(workflow.result()).rejects.toMatchObject({ cause: { name: 'CancelledFailure' } });
    await charging.finished();
    expect(undone(orderSystems.gateway.charges, orderId)).toEqual([true]);
    expect(orderSystems.carrier.forOrder(orderId)).toEqual([]);
  });
});

test('a capture that takes the money and then fails for good is refunded', async () => {
  const chargePayment: typeof activities.chargePayment = async (input) => {
    await activities.chargePayment(input);
    throw ApplicationFailure.nonRetryable('the gateway took the payment, then timed out', 'GatewayTimeout');
  };
  await withWorker({ chargePayment }, async () => {
    const { orderId, authorised, handle } = checkout(TEST_CARDS.ok);
    await authorised;
    await expect((await handle()).result()).rejects.toMatchObject({ cause: { cause: { type: 'GatewayTimeout' } } });
    expect(undone(orderSystems.gateway.charges, orderId)).toEqual([true]);
    expect(orderSystems.carrier.forOrder(orderId)).toEqual([]);
  });
});

test('a checkout cancelled while it authorises answers the caller PaymentUnavailable and ends cancelled', async () => {
  const authorising = held(activities.authorisePayment);
  await withWorker({ authorisePayment: authorising.activity }, async () => {
    const { orderId, authorised } = checkout(TEST_CARDS.ok);
    await authorising.started;
    // Not the operation's handle: that one comes with the update's answer.
    const workflow = server.env.client.workflow.getHandle<typeof CheckoutWorkflow>(orderId);
    await workflow.cancel();
    const failure = await authorised.catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((failure as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'PaymentUnavailable' });
    await expect(workflow.result()).rejects.toMatchObject({ cause: { name: 'CancelledFailure' } });
    authorising.release();
    await authorising.finished();
    expect(orderSystems.gateway.charges.forOrder(orderId)).toEqual([]);
  });
});

test('an authorisation that times out answers the caller PaymentUnavailable; the checkout ends, nothing charged', async () => {
  // A worker without activities: the gateway is down, and the authorisation runs into its 30 s schedule-to-close
  // timeout (a time-skipping server skips no time while an activity is outstanding).
  const worker = await createTestWorker(server.env.nativeConnection, { realActivities: false });
  await worker.runUntil(async () => {
    const { orderId, authorised } = checkout(TEST_CARDS.ok);
    const failure = await authorised.catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(WorkflowUpdateFailedError);
    const { cause } = failure as WorkflowUpdateFailedError;
    expect(cause).toMatchObject({ type: 'PaymentUnavailable' });
    expect(cause?.message).toMatch(/the gateway did not answer \(SCHEDULE_TO_\w+ timeout\)/);
    const workflow = server.env.client.workflow.getHandle<typeof CheckoutWorkflow>(orderId);
    await expect(workflow.result()).resolves.toEqual({ orderId, status: 'payment-unavailable' });
    expect(orderSystems.gateway.charges.forOrder(orderId)).toEqual([]);
  });
}, 90_000);
