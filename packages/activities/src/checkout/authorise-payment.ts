import type { ChargePaymentInput } from '@reference/models';
import { cardOf, gatewayCheck } from '../order/gateway-checks';
import { idempotencyKey } from '../order/idempotency-key';
import { orderSystems } from '../order/systems';

/**
 * Authorises the amount on the card (a hold, nothing charged yet) once per idempotency key and returns the
 * authorisation's id; the gateway's checks and scripted answers are the charge's.
 */
export async function authorisePayment(input: ChargePaymentInput): Promise<string> {
  const { orderId, amountCents } = input;
  const cardNumber = cardOf(input);
  gatewayCheck(cardNumber, Date.now());
  const hold = () => ({ amountCents, cardLast4: cardNumber.slice(-4) });
  return orderSystems.gateway.authorisations.record(idempotencyKey(), orderId, hold).key;
}
