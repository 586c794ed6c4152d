import { ApplicationFailure } from '@temporalio/activity';
import { idempotencyKey } from './idempotency-key';
import { orderSystems } from './systems';
import type { ShipOrderInput } from '@reference/models';

/** Countries no carrier of ours delivers to: `AQ` (Antarctica) exercises the shipping failure. */
export const UNSERVED_COUNTRIES: readonly string[] = ['AQ'];

export type { ShipOrderInput } from '@reference/models';

/** Books the shipment once per idempotency key and returns its tracking number. */
export async function shipOrder({ orderId, country }: ShipOrderInput): Promise<string> {
  if (UNSERVED_COUNTRIES.includes(country)) {
    throw ApplicationFailure.nonRetryable(`no carrier delivers to ${country}`, 'ShippingUnavailable', { country });
  }
  const key = idempotencyKey();
  return orderSystems.carrier.record(key, orderId, () => ({ trackingNumber: `TRK-${key}`, country })).value
    .trackingNumber;
}

/** Compensation: cancels every shipment of the order still booked. Idempotent. */
export async function cancelShipment(orderId: string): Promise<number> {
  return orderSystems.carrier.undoAll(orderId).length;
}
