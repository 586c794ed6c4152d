import { allHandlersFinished, condition, isCancellation } from '@temporalio/workflow';
import { checkWorkflowInput } from '@reference/models/wire';
import { declareVersioningBehavior } from '../versioning-behavior';
import { addInitialItems } from './add-item';
import { awaitApproval } from './approval';
import { fulfilOrder } from './fulfilment';
import { registerOrderHandlers } from './handlers';
import { initialOrderState, totalCents } from './order-state';
import type { OrderInput, OrderResult, OrderState } from './types';

function result(state: OrderState, extra: Partial<OrderResult> = {}): OrderResult {
  const status = state.status === 'fulfilled' ? 'fulfilled' : 'rejected';
  return { orderId: state.orderId, status, totalCents: totalCents(state), itemCount: state.items.length, ...extra };
}

/**
 * With Worker Versioning on, an order runs start to end on the worker version it started on (continue-as-new
 * included), so a release may change the saga freely, with no patch: an order lives at most about a day (24 hours
 * awaiting approval, then minutes of fulfilment), so an old version drains within a day of the next becoming
 * current.
 */
declareVersioningBehavior('PINNED', OrderWorkflow);

/**
 * One order, as an entity: it collects items until approved (or rejects itself after 24 hours), then fulfils
 * itself as a saga. Workflow type on the wire: OrderWorkflow.
 */
export async function OrderWorkflow(order: OrderInput): Promise<OrderResult> {
  const input = checkWorkflowInput('OrderWorkflow', order);
  // State and handlers first, before any await, so no message can arrive at an uninitialised order.
  const state = initialOrderState(input);
  registerOrderHandlers(state);
  try {
    if (!input.carriedState) await addInitialItems(state, input.items ?? []);
    const approved = await awaitApproval(state, input);
    if (!approved) {
      state.status = 'rejected';
      state.reason = 'not approved within 24 hours';
      await condition(allHandlersFinished);
      return result(state, { reason: state.reason });
    }
    state.status = 'fulfilling';
    const receipt = await fulfilOrder(state, input);
    state.status = 'fulfilled';
    await condition(allHandlersFinished);
    return result(state, receipt);
  } catch (err) {
    if (isCancellation(err)) state.status = 'cancelled';
    throw err;
  }
}
