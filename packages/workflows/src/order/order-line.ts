import {
  ActivityCancellationType,
  getExternalWorkflowHandle,
  proxyActivities,
  workflowInfo,
} from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import { recordDecision } from '@reference/correlation/workflow';
import { checkWorkflowInput } from '@reference/models/wire';
import { declareVersioningBehavior } from '../versioning-behavior';
import { lineReservedSignal } from './definitions';
import type { OrderLineInput } from './types';

const { reserveInventory } = proxyActivities<typeof activities>({
  startToCloseTimeout: '10 seconds',
  scheduleToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', nonRetryableErrorTypes: ['OutOfStock', 'UnknownSku'] },
  // If the order is cancelled, wait until the reservation call has really ended, so the order's compensation
  // runs after it and releases whatever it reserved.
  cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
});

// Started by a pinned order on its task queue, a line runs on the order's version: parent and child exchange the
// lineReserved signal, so both sides run the same code.
declareVersioningBehavior('PINNED', OrderLineWorkflow);

/** One order line: reserves its stock, then tells the parent order through an external handle. */
export async function OrderLineWorkflow(line: OrderLineInput): Promise<string> {
  const { orderId, item } = checkWorkflowInput('OrderLineWorkflow', line);
  const reservationId = await reserveInventory({ orderId, sku: item.sku, quantity: item.quantity });
  recordDecision('inventory-reserved', { sku: item.sku, quantity: item.quantity, reservationId });
  const parent = workflowInfo().parent;
  if (parent) await getExternalWorkflowHandle(parent.workflowId, parent.runId).signal(lineReservedSignal, item.sku);
  return reservationId;
}
