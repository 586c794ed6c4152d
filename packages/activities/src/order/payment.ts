import { activityInfo, ApplicationFailure } from '@temporalio/activity';
import type { ChargePaymentInput } from '@reference/models';
import { cardOf, gatewayCheck } from './gateway-checks';
import { idempotencyKey } from './idempotency-key';
import { orderSystems } from './systems';

export type { ChargePaymentInput } from '@reference/models';

/** Charges the card once per idempotency key: a retry after a lost response returns the first charge. */
export async function chargePayment(input: ChargePaymentInput): Promise<string> {
  const { orderId, amountCents } = input;
  const now = Date.now();
  let cardNumber: string;
  try {
    cardNumber = cardOf(input);
    gatewayCheck(cardNumber, now);
  } catch (err) {
    const outcome = err instanceof ApplicationFailure ? (err.type ?? 'failed') : 'failed';
    orderSystems.gateway.attempts.push({ orderId, at: now, outcome });
    throw err;
  }
  orderSystems.gateway.attempts.push({ orderId, at: now, outcome: `charged (attempt ${activityInfo().attempt})` });
  const charge = () => ({ amountCents, cardLast4: cardNumber.slice(-4) });
  return orderSystems.gateway.charges.record(idempotencyKey(), orderId, charge).key;
}

/** Compensation: refunds every charge of the order not yet refunded. Idempotent. */
export async function refundPayment(orderId: string): Promise<number> {
  return orderSystems.gateway.charges.undoAll(orderId).length;
}
