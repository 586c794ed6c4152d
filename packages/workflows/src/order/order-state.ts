import type { OrderProgress, OrderState, StartedOrder } from './types';

const DEFAULT_MAX_ITEMS = 20;
const APPROVAL_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The state of a new order, or the state the previous run carried over. Runs before any handler is set. */
export function initialOrderState(input: StartedOrder): OrderState {
  if (input.carriedState) return input.carriedState;
  return {
    orderId: input.orderId,
    customerId: input.customerId,
    status: 'awaiting-approval',
    items: [],
    pendingItems: 0,
    maxItems: input.maxItems ?? DEFAULT_MAX_ITEMS,
    attributes: {},
    // Date.now() is the workflow task's time: deterministic on replay.
    approvalDeadline: Date.now() + APPROVAL_WINDOW_MS,
    reservedSkus: [],
    completedSteps: [],
    compensations: [],
    runsContinued: 0,
  };
}

/** Why the order has no room for one more item, or undefined if it has (an approval may already have arrived). */
export function capacityProblem(state: OrderState): string | undefined {
  const full = state.items.length + state.pendingItems >= state.maxItems;
  return full ? `order ${state.orderId} is full (${state.maxItems} items)` : undefined;
}

/** Why the order cannot take another item now, or undefined if it can. The item's shape is the contract's to check. */
export function itemProblem(state: OrderState): string | undefined {
  if (state.approvedBy !== undefined || state.status !== 'awaiting-approval') {
    const status = state.approvedBy === undefined ? state.status : 'approved';
    return `order ${state.orderId} is ${status}; it takes no more items`;
  }
  return capacityProblem(state);
}

export function totalCents(state: OrderState): number {
  return state.items.reduce((sum, item) => sum + item.unitPriceCents * item.quantity, 0);
}

export function orderProgress(state: OrderState): OrderProgress {
  return {
    status: state.status,
    itemCount: state.items.length,
    maxItems: state.maxItems,
    totalCents: totalCents(state),
    reservedSkus: [...state.reservedSkus],
    completedSteps: [...state.completedSteps],
    compensations: [...state.compensations],
    runsContinued: state.runsContinued,
  };
}
