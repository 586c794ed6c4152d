import { ApplicationFailure } from '@temporalio/activity';
import { priceListEntry } from './price-list';
import { idempotencyKey } from './idempotency-key';
import { orderSystems } from './systems';
import type { ReserveInventoryInput } from '@reference/models';

export type { ReserveInventoryInput } from '@reference/models';

function unitsAvailable(sku: string): number {
  const reserved = orderSystems.warehouse
    .all()
    .filter((entry) => !entry.undone && entry.value.sku === sku)
    .reduce((sum, entry) => sum + entry.value.quantity, 0);
  return priceListEntry(sku).stock - reserved;
}

/** Reserves stock for one order line; a retry with the same idempotency key reserves nothing more. */
export async function reserveInventory({ orderId, sku, quantity }: ReserveInventoryInput): Promise<string> {
  const key = idempotencyKey();
  const already = orderSystems.warehouse.all().some((entry) => entry.key === key);
  const available = unitsAvailable(sku);
  if (!already && available < quantity) {
    // Retryable by itself (stock may arrive); the order workflow's retry policy lists it as non-retryable.
    throw ApplicationFailure.create({
      type: 'OutOfStock',
      message: `only ${available} of ${sku} in stock, ${quantity} wanted`,
      details: [{ sku, available, wanted: quantity }],
    });
  }
  return orderSystems.warehouse.record(key, orderId, () => ({ sku, quantity })).key;
}

/** Compensation: releases every reservation the order still holds. Idempotent: a second call releases nothing. */
export async function releaseInventory(orderId: string): Promise<number> {
  return orderSystems.warehouse.undoAll(orderId).length;
}
