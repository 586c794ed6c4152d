import { EffectLog } from './effect-log';

export interface Reservation {
  sku: string;
  quantity: number;
}

export interface Charge {
  amountCents: number;
  /** Last four digits only: the gateway never keeps a full card number. */
  cardLast4: string;
}

export interface Shipment {
  trackingNumber: string;
  country: string;
}

/**
 * The "external systems" the order activities talk to: the warehouse, the payment gateway and the carrier, kept
 * in this process so a test can assert exactly which effects happened (and that none happened twice).
 */
export const orderSystems = {
  warehouse: new EffectLog<Reservation>(),
  gateway: {
    /** Holds on cards, made before a charge (the checkout's early return). */
    authorisations: new EffectLog<Charge>(),
    charges: new EffectLog<Charge>(),
    /** Every charge attempt, with its time, so a test can see when a rate-limited call was retried. */
    attempts: [] as { orderId: string; at: number; outcome: string }[],
    /**
     * Charge (idempotency key) -> time before which the gateway refuses it: the rate-limited test card is throttled
     * once per charge, so every order paying with it waits once, not only the first since the worker started.
     */
    throttledUntil: new Map<string, number>(),
  },
  carrier: new EffectLog<Shipment>(),
};
