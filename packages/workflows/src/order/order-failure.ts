import { ApplicationFailure } from '@temporalio/workflow';
import type { OrderActivityFailureType } from '@reference/activities';
import type { OrderState } from './types';

/** The types an order's own failure carries: what a client reads from `WorkflowFailedError.cause.type`. */
export type OrderFailureType = 'OutOfStock' | 'PaymentDeclined' | 'ShippingUnavailable' | 'FulfilmentFailed';

const ORDER_FAILURE_FOR: Partial<Record<OrderActivityFailureType, OrderFailureType>> = {
  OutOfStock: 'OutOfStock',
  UnknownSku: 'OutOfStock',
  InvalidCard: 'PaymentDeclined',
  CardDeclined: 'PaymentDeclined',
  ShippingUnavailable: 'ShippingUnavailable',
};

/** The deepest ApplicationFailure in a cause chain (ChildWorkflowFailure -> ActivityFailure -> the activity's). */
function rootApplicationFailure(err: unknown): ApplicationFailure | undefined {
  let root: ApplicationFailure | undefined;
  for (let current: unknown = err; current instanceof Error; current = current.cause) {
    if (current instanceof ApplicationFailure) root = current;
  }
  return root;
}

/** The business failure that ends the order once its compensations have run. */
export function orderFailure(state: OrderState, err: unknown): ApplicationFailure {
  const root = rootApplicationFailure(err);
  const cause = root?.type ?? undefined;
  const type = ORDER_FAILURE_FOR[cause as OrderActivityFailureType] ?? 'FulfilmentFailed';
  const reason = root?.message ?? (err instanceof Error ? err.message : String(err));
  return ApplicationFailure.create({
    type,
    message: `order ${state.orderId} failed: ${reason}`,
    nonRetryable: true,
    details: [{ orderId: state.orderId, cause: cause ?? null, compensations: state.compensations }],
    cause: err instanceof Error ? err : undefined,
  });
}
