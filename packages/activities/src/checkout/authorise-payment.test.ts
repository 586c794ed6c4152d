import { MockActivityEnvironment } from '@temporalio/testing';
import { TEST_CARDS } from '@reference/models';
import { orderSystems } from '../order/systems';
import { sealCard } from '@reference/payment-tokens';
import { authorisePayment } from './authorise-payment';

function scheduledBy(workflowId: string, activityId: string, attempt = 1): MockActivityEnvironment {
  return new MockActivityEnvironment({ activityId, attempt, workflowExecution: { workflowId, runId: 'run-1' } });
}

test('a retried authorisation holds the amount once, charges nothing and returns the first hold', async () => {
  const input = { orderId: 'checkout-held', amountCents: 4500, paymentToken: sealCard(TEST_CARDS.ok).paymentToken };
  const first = await scheduledBy('checkout-held', '1').run(authorisePayment, input);
  await expect(scheduledBy('checkout-held', '1', 2).run(authorisePayment, input)).resolves.toBe(first);
  expect(orderSystems.gateway.authorisations.forOrder('checkout-held')).toMatchObject([
    { key: first, value: { amountCents: 4500, cardLast4: TEST_CARDS.ok.slice(-4) }, undone: false },
  ]);
  expect(orderSystems.gateway.charges.forOrder('checkout-held')).toEqual([]);
});

test('a declined card is refused before any hold, as the charge would be', async () => {
  const input = {
    orderId: 'checkout-declined',
    amountCents: 100,
    paymentToken: sealCard(TEST_CARDS.declined).paymentToken,
  };
  await expect(scheduledBy('checkout-declined', '1').run(authorisePayment, input)).rejects.toMatchObject({
    type: 'CardDeclined',
  });
  expect(orderSystems.gateway.authorisations.forOrder('checkout-declined')).toEqual([]);
});
