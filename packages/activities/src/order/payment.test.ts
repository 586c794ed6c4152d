import { ApplicationFailure } from '@temporalio/activity';
import { MockActivityEnvironment } from '@temporalio/testing';
import { TEST_CARDS } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import { RATE_LIMIT_RETRY_AFTER_MS } from './gateway-checks';
import { chargePayment, refundPayment } from './payment';
import { orderSystems } from './systems';

/** The gateway's input as a workflow sends it: the card sealed, never its number. */
const sealed = (cardNumber: string) => ({ paymentToken: sealCard(cardNumber).paymentToken });

/** An activity scheduled by a workflow: the info the idempotency key is made from. */
function scheduledBy(workflowId: string, activityId: string, attempt = 1): MockActivityEnvironment {
  return new MockActivityEnvironment({
    activityId,
    attempt,
    workflowExecution: { workflowId, runId: 'run-1' },
  });
}

test('a retried charge (same workflow, run and activity id) charges once and returns the first charge', async () => {
  const input = { orderId: 'order-retried', amountCents: 1200, ...sealed(TEST_CARDS.ok) };
  const first = await scheduledBy('order-retried', '7').run(chargePayment, input);
  const retry = await scheduledBy('order-retried', '7', 2).run(chargePayment, input);
  expect(retry).toBe(first);
  expect(first).toBe('order-retried/run-1/7');
  expect(orderSystems.gateway.charges.forOrder('order-retried')).toHaveLength(1);
});

test('a different activity of the same order is a different charge', async () => {
  const input = { orderId: 'order-twice', amountCents: 1000, ...sealed(TEST_CARDS.ok) };
  await scheduledBy('order-twice', '1').run(chargePayment, input);
  await scheduledBy('order-twice', '2').run(chargePayment, input);
  expect(orderSystems.gateway.charges.forOrder('order-twice')).toHaveLength(2);
});

test('refunds are idempotent: the second call refunds nothing', async () => {
  const input = { orderId: 'order-refund', amountCents: 500, ...sealed(TEST_CARDS.ok) };
  await scheduledBy('order-refund', '1').run(chargePayment, input);
  await expect(new MockActivityEnvironment().run(refundPayment, 'order-refund')).resolves.toBe(1);
  await expect(new MockActivityEnvironment().run(refundPayment, 'order-refund')).resolves.toBe(0);
});

test('an invalid card number is a non-retryable InvalidCard failure', async () => {
  const charge = scheduledBy('order-invalid', '1').run(chargePayment, {
    orderId: 'order-invalid',
    amountCents: 500,
    ...sealed('4242424242424241'),
  });
  await expect(charge).rejects.toBeInstanceOf(ApplicationFailure);
  await expect(charge).rejects.toMatchObject({ type: 'InvalidCard', nonRetryable: true });
});

test('a token the gateway cannot open is a non-retryable InvalidCard failure', async () => {
  const charge = scheduledBy('order-forged', '1').run(chargePayment, {
    orderId: 'order-forged',
    amountCents: 500,
    paymentToken: 'pt_EXAMPLE-card-sealed-for-the-payment-gateway',
  });
  await expect(charge).rejects.toMatchObject({
    type: 'InvalidCard',
    nonRetryable: true,
    message: 'the payment token was not sealed for this payment gateway (another key, or altered)',
  });
});

test('a payment from before tokens, with the card number itself, is still charged', async () => {
  const input = { orderId: 'order-legacy', amountCents: 700, cardNumber: TEST_CARDS.ok };
  await expect(scheduledBy('order-legacy', '1').run(chargePayment, input)).resolves.toBe('order-legacy/run-1/1');
});

test('a declined card is CardDeclined, retryable as far as the activity is concerned', async () => {
  const charge = scheduledBy('order-declined', '1').run(chargePayment, {
    orderId: 'order-declined',
    amountCents: 500,
    ...sealed(TEST_CARDS.declined),
  });
  await expect(charge).rejects.toMatchObject({ type: 'CardDeclined', nonRetryable: false });
});

test('a throttled card is RateLimited with the gateway’s retry delay as nextRetryDelay', async () => {
  const charge = scheduledBy('order-throttled', '1').run(chargePayment, {
    orderId: 'order-throttled',
    amountCents: 500,
    ...sealed(TEST_CARDS.rateLimited),
  });
  await expect(charge).rejects.toMatchObject({ type: 'RateLimited', nextRetryDelay: RATE_LIMIT_RETRY_AFTER_MS });
});

test('the rate-limited test card is throttled once per charge: every order paying with it waits once', async () => {
  const charge = (orderId: string, attempt: number) =>
    scheduledBy(orderId, '1', attempt).run(chargePayment, {
      orderId,
      amountCents: 500,
      ...sealed(TEST_CARDS.rateLimited),
    });
  await expect(charge('order-throttled-a', 1)).rejects.toMatchObject({ type: 'RateLimited' });
  await new Promise((resolve) => setTimeout(resolve, RATE_LIMIT_RETRY_AFTER_MS));
  await expect(charge('order-throttled-a', 2)).resolves.toBe('order-throttled-a/run-1/1');
  await expect(charge('order-throttled-b', 1)).rejects.toMatchObject({ type: 'RateLimited' });
});
