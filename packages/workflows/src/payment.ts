import type { CardNumberPayment, TokenPayment } from '@reference/models';

/** A card as a workflow holds it: sealed for the gateway, or, in a run started before payment tokens, its number. */
export type HeldCard = TokenPayment | CardNumberPayment;

/** What the payment activities are given to charge `card`: its token (or the number a run from before tokens has). */
export function paymentOf(card: HeldCard): { paymentToken: string } | { cardNumber: string } {
  return 'cardNumber' in card ? { cardNumber: card.cardNumber } : { paymentToken: card.paymentToken };
}

/** The digits of `card` a workflow may show. */
export function cardLast4Of(card: HeldCard): string {
  return 'cardNumber' in card ? card.cardNumber.slice(-4) : card.cardLast4;
}
