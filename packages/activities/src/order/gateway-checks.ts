import { ApplicationFailure } from '@temporalio/activity';
import { TEST_CARDS, type ChargePaymentInput } from '@reference/models';
import { openPaymentToken } from '@reference/payment-tokens';
import { idempotencyKey } from './idempotency-key';
import { orderSystems } from './systems';

/** How long the gateway asks callers to wait after throttling a card. */
export const RATE_LIMIT_RETRY_AFTER_MS = 2000;

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
export function cardOf(input: ChargePaymentInput): string {
  if (!('paymentToken' in input)) return input.cardNumber;
  try {
    return openPaymentToken(input.paymentToken);
  } catch (err) {
    throw ApplicationFailure.nonRetryable((err as Error).message, 'InvalidCard');
  }
}

/** What the gateway says before it charges: throws the typed failure the workflow decides on. */
export function gatewayCheck(cardNumber: string, now: number): void {
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
