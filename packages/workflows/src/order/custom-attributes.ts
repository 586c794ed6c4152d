import {
  ApplicationFailure,
  log,
  setDefaultQueryHandler,
  setDefaultSignalHandler,
  setDefaultUpdateHandler,
} from '@temporalio/workflow';
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

/**
 * Custom order attributes (gift message, delivery instructions, a marketplace's reference…) whose names the
 * shop does not know in advance: any signal, update or query name the order has no handler for is one.
 * Signal `<name>` sets it (fire-and-forget), update `<name>` sets it and returns the previous value, query
 * `<name>` reads it.
 */
export function registerCustomAttributeHandlers(state: OrderState): void {
  setDefaultSignalHandler((name, value) => {
    const problem = attributeProblem(state, name, value);
    if (problem) log.warn(`ignored signal ${name}: ${problem}`);
    else state.attributes[name] = value as string;
  });
  // Dynamic updates have no validator: a refused value is a failed update, recorded in history.
  setDefaultUpdateHandler((name, value) => {
    const problem = attributeProblem(state, name, value);
    if (problem) throw ApplicationFailure.nonRetryable(problem, 'InvalidAttribute');
    const previous = state.attributes[name] ?? null;
    state.attributes[name] = value as string;
    return previous;
  });
  setDefaultQueryHandler((name) => {
    if (!(name in state.attributes)) throw new Error(`order ${state.orderId} has no query or attribute named ${name}`);
    return state.attributes[name];
  });
}
