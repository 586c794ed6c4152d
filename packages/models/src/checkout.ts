import { z } from 'zod';
import { nonBlank, wholeNumber } from './fields';
import { OrderInput } from './order';
import { TokenPayment } from './payment';

/** What CheckoutWorkflow is started with: the basket's total and where it ships; the card comes by update. */
export const CheckoutInput = z.strictObject({
  orderId: nonBlank(200),
  amountCents: wholeNumber(1, 10_000_000_000),
  country: OrderInput.shape.country,
});
export type CheckoutInput = z.infer<typeof CheckoutInput>;

/** The submitPayment update's argument: the card to authorise, then capture, sealed for the payment gateway. */
export const PaymentCard = TokenPayment;
export type PaymentCard = z.infer<typeof PaymentCard>;

/** What submitPayment answers as soon as the card is authorised, while capture and shipping go on. */
export interface PaymentAuthorisation {
  authorisationId: string;
  amountCents: number;
  cardLast4: string;
}

export type CheckoutStatus =
  'awaiting-payment' | 'authorising' | 'authorised' | 'declined' | 'payment-unavailable' | 'shipped';

/**
 * CheckoutWorkflow's result: `declined` when the gateway refused the card, `payment-unavailable` when it neither
 * accepted nor refused it (the submitPayment caller got PaymentUnavailable).
 */
export interface CheckoutResult {
  orderId: string;
  status: 'declined' | 'payment-unavailable' | 'shipped';
  authorisationId?: string;
  chargeId?: string;
  trackingNumber?: string;
}
