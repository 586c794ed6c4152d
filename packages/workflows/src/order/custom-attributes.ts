import {
  ApplicationFailure,
  log,
  setDefaultQueryHandler,
  setDefaultSignalHandler,
  setDefaultUpdateHandler,
  setHandler,
} from '@temporalio/workflow';
import { customAttributeName } from '@reference/models/wire';
import { cancellationReasonQuery, cancellationReasonSignal } from './definitions';
import type { OrderState } from './types';

const MAX_ATTRIBUTES = 20;
/**
 * Set by CancelOrderWorkflow, whose signal cannot be answered: the order always has room for it, outside the
 * custom attributes' limit, so a cancellation's reason is never dropped.
 */
const CANCELLATION_REASON = 'cancellationReason';

function attributeProblem(state: OrderState, name: string, value: unknown): string | undefined {
  if (typeof value !== 'string') return `attribute ${name} needs a string value`;
  const custom = Object.keys(state.attributes).filter((attribute) => attribute !== CANCELLATION_REASON);
  const isNew = name !== CANCELLATION_REASON && !custom.includes(name);
  if (isNew && custom.length >= MAX_ATTRIBUTES) {
    return `order ${state.orderId} already has ${MAX_ATTRIBUTES} attributes`;
  }
  return undefined;
}

function unknownMessage(kind: 'signal' | 'update' | 'query', name: string): string {
  return `${kind} ${name}: the order has no such ${kind}, and a custom attribute's name starts with attr:`;
}

/**
 * Custom order attributes (gift message, delivery instructions, a marketplace's reference…) whose names the
 * shop does not know in advance, addressed as `attr:<attribute>`: signal `attr:<attribute>` sets it
 * (fire-and-forget), update `attr:<attribute>` sets it and returns the previous value, query `attr:<attribute>` reads
 * it. Any other name the order has no handler for is a mistake, not an attribute: a signal is logged and dropped, an
 * update or a query fails.
 */
export function registerCustomAttributeHandlers(state: OrderState): void {
  setHandler(cancellationReasonSignal, (reason) => {
    const problem = attributeProblem(state, CANCELLATION_REASON, reason);
    if (problem) log.warn(`ignored signal ${CANCELLATION_REASON}: ${problem}`);
    else state.attributes[CANCELLATION_REASON] = reason;
  });
  setHandler(cancellationReasonQuery, () => {
    const reason = state.attributes[CANCELLATION_REASON];
    if (reason === undefined) throw new Error(`order ${state.orderId} has no ${CANCELLATION_REASON}`);
    return reason;
  });
  setDefaultSignalHandler((name, value) => {
    const attribute = customAttributeName(name);
    if (attribute === undefined) return log.warn(`ignored ${unknownMessage('signal', name)}`);
    const problem = attributeProblem(state, attribute, value);
    if (problem) log.warn(`ignored signal ${name}: ${problem}`);
    else state.attributes[attribute] = value as string;
  });
  // Dynamic updates have no validator: a refused value is a failed update, recorded in history.
  setDefaultUpdateHandler((name, value) => {
    const attribute = customAttributeName(name);
    if (attribute === undefined)
      throw ApplicationFailure.nonRetryable(`no ${unknownMessage('update', name)}`, 'UnknownUpdate');
    const problem = attributeProblem(state, attribute, value);
    if (problem) throw ApplicationFailure.nonRetryable(problem, 'InvalidAttribute');
    const previous = state.attributes[attribute] ?? null;
    state.attributes[attribute] = value as string;
    return previous;
  });
  setDefaultQueryHandler((name) => {
    const attribute = customAttributeName(name);
    if (attribute === undefined) throw new Error(`no ${unknownMessage('query', name)}`);
    if (!(attribute in state.attributes)) throw new Error(`order ${state.orderId} has no attribute named ${attribute}`);
    return state.attributes[attribute];
  });
}
