import {
  defineQuery,
  defineSignal,
  defineUpdate,
  type QueryDefinition,
  type SignalDefinition,
} from '@temporalio/workflow';
import type { ApproveOrderInput, OrderItem, OrderProgress, OrderStatus } from './types';

/** Approves the order for fulfilment. */
export const approveOrderSignal: SignalDefinition<[ApproveOrderInput]> = defineSignal('approveOrder');
/** Adds an item, fire-and-forget: an item the order cannot take is logged and dropped. */
export const addItemSignal: SignalDefinition<[OrderItem]> = defineSignal('addItem');
/** Adds an item and returns the new item count; the validator rejects an empty item or a full order. */
// The workflow package does not re-export UpdateDefinition, so the type is spelled through defineUpdate.
export const addItemToOrderUpdate: ReturnType<typeof defineUpdate<number, [OrderItem]>> =
  defineUpdate('addItemToOrder');
export const orderStatusQuery: QueryDefinition<OrderStatus> = defineQuery('orderStatus');
export const orderProgressQuery: QueryDefinition<OrderProgress> = defineQuery('orderProgress');
/** Sent by each OrderLineWorkflow to its parent once its stock is reserved. */
export const lineReservedSignal: SignalDefinition<[string]> = defineSignal('lineReserved');
/** Sent by CancelOrderWorkflow before it cancels the order: why (the order's `cancellationReason` attribute). */
export const cancellationReasonSignal: SignalDefinition<[string]> = defineSignal('cancellationReason');
/** The reason CancelOrderWorkflow gave; fails while there is none. */
export const cancellationReasonQuery: QueryDefinition<string> = defineQuery('cancellationReason');
