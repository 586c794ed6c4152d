import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { TEST_CARDS } from '@reference/models';
import { CheckoutWorkflow, checkoutStatusQuery, submitPaymentUpdate, TASK_QUEUE } from '..';
import { useTestServer } from '@reference/testing';

const server = useTestServer();
const { orderSystems } = activities;

/** A worker with the real activities, except shipping, which waits until the test lets it go. */
async function withWorker(use: (letShippingGo: () => void) => Promise<void>): Promise<void> {
  let letShippingGo!: () => void;
  const shippingMayGo = new Promise<void>((resolve) => (letShippingGo = resolve));
  const shipOrder: typeof activities.shipOrder = async (input) => {
    await shippingMayGo;
    return activities.shipOrder(input);
  };
  const worker = await Worker.create({
    connection: server.env.nativeConnection,
    taskQueue: TASK_QUEUE,
    workflowBundle: server.workflowBundle,
    dataConverter: server.dataConverter,
    activities: { ...activities, shipOrder },
  });
  await worker.runUntil(use(letShippingGo));
}

function checkout(cardNumber: string) {
  const orderId = `checkout-${randomUUID()}`;
  const startWorkflowOperation = new WithStartWorkflowOperation(CheckoutWorkflow, {
    workflowId: orderId,
    taskQueue: TASK_QUEUE,
    args: [{ orderId, amountCents: 2_500, country: 'GB' }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  const authorised = server.env.client.workflow.executeUpdateWithStart(submitPaymentUpdate, {
    args: [{ cardNumber }],
    startWorkflowOperation,
  });
  return { orderId, authorised, handle: () => startWorkflowOperation.workflowHandle() };
}

test('update-with-start answers once the card is authorised, while capture and shipping go on', async () => {
  await withWorker(async (letShippingGo) => {
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
      .executeUpdate(submitPaymentUpdate, { args: [{ cardNumber: TEST_CARDS.ok }] })
      .catch((err: unknown) => err);
    expect((second as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'AlreadyPaid' });

    letShippingGo();
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
  await withWorker(async () => {
    const { orderId, authorised, handle } = checkout(TEST_CARDS.declined);
    const failure = await authorised.catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((failure as WorkflowUpdateFailedError).cause).toMatchObject({ type: 'CardDeclined' });
    await expect((await handle()).result()).resolves.toEqual({ orderId, status: 'declined' });
    expect(orderSystems.gateway.charges.forOrder(orderId)).toEqual([]);
  });
});

test('an invalid card is refused by the validator; the checkout still waits for a payment', async () => {
  await withWorker(async () => {
    const { authorised, handle } = checkout('not a card');
    const failure = await authorised.catch((err: unknown) => err);
    expect((failure as WorkflowUpdateFailedError).cause).toMatchObject({
      type: 'InvalidUpdateInput',
      message: 'invalid submitPayment update input: cardNumber: must be 12 to 19 digits',
    });
    const workflow = await handle();
    await expect(workflow.query(checkoutStatusQuery)).resolves.toBe('awaiting-payment');
    await workflow.terminate('test over');
  });
});
