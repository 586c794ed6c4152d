import { activityInfo, ApplicationFailure } from '@temporalio/activity';
import { idempotencyKey } from './idempotency-key';
import { orderSystems } from './systems';
import { TEST_CARDS, type ChargePaymentInput } from '@reference/models';
import { openPaymentToken } from '@reference/payment-tokens';

/** How long the gateway asks callers to wait after throttling a card. */
export const RATE_LIMIT_RETRY_AFTER_MS = 2000;

export type { ChargePaymentInput } from '@reference/models';

function passesLuhn(cardNumber: string): boolean {
  if (!/^\d{12,19}$/.test(cardNumber)) return false;
  const sum = [...cardNumber].reverse().reduce((total, char, index) => {
    const digit = Number(char) * (index % 2 === 1 ? 2 : 1);
    return total + (digit > 9 ? digit - 9 : digit);
  }, 0);
  return sum % 10 === 0;
}

/**
 * The card to charge: the gateway opens the payment token it was given (the only place a card number exists in the
 * worker); payments started before tokens still pass the number itself.
 */
function cardOf(input: ChargePaymentInput): string {
  if (!('paymentToken' in input)) return input.cardNumber;
  try {
    return openPaymentToken(input.paymentToken);
  } catch (err) {
    throw ApplicationFailure.nonRetryable((err as Error).message, 'InvalidCard');
  }
}

/** What the gateway says before it charges: throws the typed failure the workflow decides on. */
function gatewayCheck(cardNumber: string, now: number): void {
  if (!passesLuhn(cardNumber)) {
    // No retry can make a malformed number valid: the activity itself says so.
    throw ApplicationFailure.nonRetryable('the card number is invalid', 'InvalidCard');
  }
  if (cardNumber === TEST_CARDS.declined) {
    // Retryable by itself; the workflow's retry policy lists CardDeclined as non-retryable.
    throw ApplicationFailure.create({ type: 'CardDeclined', message: 'the card issuer declined the charge' });
  }
  const charge = idempotencyKey();
  const throttledUntil = orderSystems.gateway.throttledUntil.get(charge);
  if (cardNumber === TEST_CARDS.rateLimited && (throttledUntil === undefined || now < throttledUntil)) {
    const retryAfterMs = throttledUntil === undefined ? RATE_LIMIT_RETRY_AFTER_MS : throttledUntil - now;
    orderSystems.gateway.throttledUntil.set(charge, now + retryAfterMs);
    // The gateway says when to come back; Temporal retries after exactly that, not the policy's backoff.
    throw ApplicationFailure.create({
      type: 'RateLimited',
      message: `the payment gateway is rate limiting this card; retry in ${retryAfterMs} ms`,
      nextRetryDelay: retryAfterMs,
    });
  }
}

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
