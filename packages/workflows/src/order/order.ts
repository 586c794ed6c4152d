import {
  allHandlersFinished,
  ApplicationFailure,
  condition,
  isCancellation,
  patched,
  TemporalFailure,
} from '@temporalio/workflow';
import { recordDecision } from '@reference/correlation/workflow';
import { checkData, checkWorkflowInput } from '@reference/models/wire';
import { declareVersioningBehavior } from '../versioning-behavior';
import { addInitialItems } from './add-item';
import { awaitApproval } from './await-approval';
import { fulfilOrder } from './fulfilment';
import { registerOrderHandlers } from './handlers';
import { initialOrderState, totalCents } from './order-state';
import type { OrderInput, OrderResult, OrderState, StartedOrder } from './types';

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
 * Orders started before payment tokens were given the card number itself: their histories replay, and a run that
 * continues one keeps its form (the patch 'payment-tokens'). A new order that sends a card number is refused.
 * Remove with deprecatePatch once no order from before tokens is open.
 */
function checkOrderInput(order: unknown): StartedOrder {
  const withCardNumber = typeof order === 'object' && order !== null && 'cardNumber' in order;
  const continued = withCardNumber && 'carriedState' in order;
  if (withCardNumber && (continued || !patched('payment-tokens'))) return checkData('OrderWithCardNumber', order);
  return checkWorkflowInput('OrderWorkflow', order);
}

/**
 * One order, as an entity: it collects items until approved (or rejects itself after 24 hours), then fulfils
 * itself as a saga. Workflow type on the wire: OrderWorkflow.
 */
export async function OrderWorkflow(order: OrderInput): Promise<OrderResult> {
  const input = checkOrderInput(order);
  // State and handlers first, before any await, so no message can arrive at an uninitialised order.
  const state = initialOrderState(input);
  registerOrderHandlers(state);
  try {
    if (!input.carriedState) await addInitialItems(state, input.items ?? []);
    const approved = await awaitApproval(state, input);
    if (!approved) {
      state.status = 'rejected';
      state.reason = 'not approved within 24 hours';
      recordDecision('rejected', { reason: state.reason });
      await condition(allHandlersFinished);
      return result(state, { reason: state.reason });
    }
    recordDecision('approved', { approvedBy: state.approvedBy ?? '' });
    state.status = 'fulfilling';
    const receipt = await fulfilOrder(state, input);
    state.status = 'fulfilled';
    await condition(allHandlersFinished);
    return result(state, receipt);
  } catch (err) {
    if (isCancellation(err)) {
      state.status = 'cancelled';
      recordDecision('cancelled');
    } else if (err instanceof TemporalFailure) {
      // A failure ends the order; any other error fails only this workflow task, which is retried.
      recordDecision('failed', { failure: err instanceof ApplicationFailure ? (err.type ?? err.name) : err.name });
    }
    throw err;
  }
}
