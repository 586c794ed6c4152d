import { ActivityFailure, ApplicationFailure, condition, patched, proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import { capacityProblem } from './order-state';
import type { OrderItem, OrderState } from './types';

const { priceSku } = proxyActivities<typeof activities>({
  startToCloseTimeout: '5 seconds',
  retry: { maximumAttempts: 3, nonRetryableErrorTypes: ['UnknownSku'] },
});

/**
 * Prices `item` from the price list and adds it; returns the new item count. Call it only after `itemProblem`
 * found nothing, in the same activation: the place it holds meanwhile keeps that check true. Failures are
 * ApplicationFailures, which fail an update (not the workflow).
 */
export async function addPricedItem(state: OrderState, item: OrderItem): Promise<number> {
  state.pendingItems += 1;
  let unitPriceCents: number;
  try {
    unitPriceCents = await priceSku(item.sku);
  } catch (err) {
    if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure) throw err.cause;
    throw err;
  } finally {
    state.pendingItems -= 1;
  }
  state.items.push({ sku: item.sku, quantity: item.quantity, unitPriceCents });
  return state.items.length;
}

/**
 * The addItemToOrder update: adds `item`, then answers with the item count once every item accepted before it is
 * priced too, so an item still in its price lookup (one the order started with, say) is counted.
 */
export async function addItemAndCount(state: OrderState, item: OrderItem): Promise<number> {
  await addPricedItem(state, item);
  // Orders whose updates answered at once, before this wait existed, replay as they ran.
  if (patched('update-counts-items-being-priced')) await condition(() => state.pendingItems === 0);
  return state.items.length;
}

/** The items an order starts with, checked like any other; all are priced at once, each holding its place. */
export async function addInitialItems(state: OrderState, items: OrderItem[]): Promise<void> {
  await Promise.all(
    items.map((item) => {
      const problem = capacityProblem(state);
      if (problem) throw ApplicationFailure.nonRetryable(problem, 'InvalidOrder');
      return addPricedItem(state, item);
    }),
  );
}
