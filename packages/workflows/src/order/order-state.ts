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

/** Why the order cannot take `item` now, or undefined if it can. */
export function itemProblem(state: OrderState, item: OrderItem | undefined): string | undefined {
  if (typeof item?.sku !== 'string' || item.sku.trim() === '') return 'an item needs a non-empty sku';
  if (!Number.isInteger(item.quantity) || item.quantity < 1) return 'an item needs a whole quantity of at least 1';
  if (state.status !== 'awaiting-approval') return `order ${state.orderId} is ${state.status}; it takes no more items`;
  if (state.items.length >= state.maxItems) return `order ${state.orderId} is full (${state.maxItems} items)`;
  return undefined;
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
