import type { OrderInput, OrderItem, OrderProgress, OrderState } from './types';

const DEFAULT_MAX_ITEMS = 20;
const APPROVAL_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The state of a new order, or the state the previous run carried over. Runs before any handler is set. */
export function initialOrderState(input: OrderInput): OrderState {
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

function itemShapeProblem(item: OrderItem | undefined): string | undefined {
  if (typeof item?.sku !== 'string' || item.sku.trim() === '') return 'an item needs a non-empty sku';
  if (!Number.isInteger(item.quantity) || item.quantity < 1) return 'an item needs a whole quantity of at least 1';
  return undefined;
}

function capacityProblem(state: OrderState): string | undefined {
  const full = state.items.length + state.pendingItems >= state.maxItems;
  return full ? `order ${state.orderId} is full (${state.maxItems} items)` : undefined;
}

/** Why the order cannot start with `item`, or undefined if it can (an approval may already have arrived). */
export function initialItemProblem(state: OrderState, item: OrderItem | undefined): string | undefined {
  return itemShapeProblem(item) ?? capacityProblem(state);
}

/** Why the order cannot take `item` now, or undefined if it can. */
export function itemProblem(state: OrderState, item: OrderItem | undefined): string | undefined {
  if (state.approvedBy !== undefined || state.status !== 'awaiting-approval') {
    const status = state.approvedBy === undefined ? state.status : 'approved';
    return itemShapeProblem(item) ?? `order ${state.orderId} is ${status}; it takes no more items`;
  }
  return itemShapeProblem(item) ?? capacityProblem(state);
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
