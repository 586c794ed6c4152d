import { ActivityFailure, ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import { itemProblem } from './order-state';
import type { OrderItem, OrderState } from './types';

const { priceSku } = proxyActivities<typeof activities>({
  startToCloseTimeout: '5 seconds',
  retry: { maximumAttempts: 3, nonRetryableErrorTypes: ['UnknownSku'] },
});

/**
 * Prices `item` from the catalogue and adds it; returns the new item count. Checks again after pricing, since
 * other handlers may have filled the order meanwhile. Failures are ApplicationFailures, which fail an update
 * (not the workflow).
 */
export async function addPricedItem(state: OrderState, item: OrderItem): Promise<number> {
  let unitPriceCents: number;
  try {
    unitPriceCents = await priceSku(item.sku);
  } catch (err) {
    if (err instanceof ActivityFailure && err.cause instanceof ApplicationFailure) throw err.cause;
    throw err;
  }
  const problem = itemProblem(state, item);
  if (problem) throw ApplicationFailure.nonRetryable(problem, 'ItemRejected');
  state.items.push({ sku: item.sku, quantity: item.quantity, unitPriceCents });
  return state.items.length;
}
