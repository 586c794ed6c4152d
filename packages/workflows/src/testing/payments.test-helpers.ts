import { orderSystems } from '@reference/activities';

/** Whether the carrier holds a shipment for the order that was not cancelled. */
export function shipped(orderId: string): boolean {
  return orderSystems.carrier.forOrder(orderId).some((shipment) => !shipment.undone);
}

/**
 * Money captured = money refunded + money for what shipped, on the payment gateway's books: what breaks it for the
 * order whose goods are worth `goodsCents`.
 */
export function moneyViolations(orderId: string, goodsCents: number): string[] {
  const charges = orderSystems.gateway.charges.forOrder(orderId);
  const captured = charges.reduce((sum, charge) => sum + charge.value.amountCents, 0);
  const refunded = charges.filter((c) => c.undone).reduce((sum, charge) => sum + charge.value.amountCents, 0);
  const forShipped = shipped(orderId) ? goodsCents : 0;
  return captured === refunded + forShipped
    ? []
    : [`${orderId}: captured ${captured}, refunded ${refunded}, shipped goods worth ${forShipped}`];
}
