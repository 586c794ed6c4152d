import { z } from 'zod';
import { matching } from './fields';

/** A card number as a customer types it. It reaches the payment gateway only: clients seal it into a payment token. */
export const CardNumber = matching(/^\d{12,19}$/, 'must be 12 to 19 digits');

/**
 * A card sealed for the payment gateway (`sealCard` of @reference/payment-tokens: RSA-OAEP with the gateway's public
 * key), which only the payment activities open: what workflows carry, so no history holds a card number.
 */
export const PaymentToken = matching(
  /^pt_[A-Za-z0-9_-]{16,2048}$/,
  'must be a payment token (pt_…, a card sealed by sealCard), never a card number',
);

/** The digits a workflow may show of the card it pays with. */
export const CardLast4 = matching(/^\d{4}$/, "must be the card's last four digits");

/** How a workflow is told to pay: the sealed card and its last four digits. */
export const TokenPayment = z.strictObject({ paymentToken: PaymentToken, cardLast4: CardLast4 });
export type TokenPayment = z.infer<typeof TokenPayment>;

/**
 * How workflows started before payment tokens were told to pay: the card number itself. Only their histories, and
 * the payment activities they still call, carry it (the patch 'payment-tokens'); nothing new is accepted in this form.
 */
export const CardNumberPayment = z.strictObject({ cardNumber: CardNumber });
export type CardNumberPayment = z.infer<typeof CardNumberPayment>;

/**
 * Cards the payment gateway simulator answers in a scripted way (all pass the Luhn check); any other valid number is
 * charged. Test data any client may seal and send.
 */
export const TEST_CARDS = {
  ok: '4242424242424242',
  declined: '4000000000000002',
  rateLimited: '4000000000006975',
} as const;
