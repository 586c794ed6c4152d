import {
  ActivityCancellationType,
  executeChild,
  isCancellation,
  ParentClosePolicy,
  proxyActivities,
  sleep,
} from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import { recordDecision } from '@reference/correlation/workflow';
import { Compensations, throwIfCancelled } from '../compensations';
import { OrderLineWorkflow } from './order-line';
import { orderFailure } from './order-failure';
import { totalCents } from './order-state';
import { paymentOf } from '../payment';
import type { OrderState, StartedOrder } from './types';

const DEFAULT_COOL_OFF_MS = 60_000;

// The steps a compensation undoes: a cancelled one is waited for, so its compensation runs after it has really ended.
const { chargePayment } = proxyActivities<typeof activities>({
  startToCloseTimeout: '10 seconds', // one call to the gateway
  scheduleToCloseTimeout: '5 minutes', // every attempt, including waits the gateway asks for
  retry: {
    initialInterval: '500 milliseconds',
    backoffCoefficient: 2,
    maximumInterval: '30 seconds',
    maximumAttempts: 10,
    // Retryable as far as the gateway is concerned, but a declined card will not be accepted on a retry.
    nonRetryableErrorTypes: ['CardDeclined'],
  },
  cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
});
const { shipOrder } = proxyActivities<typeof activities>({
  startToCloseTimeout: '30 seconds',
  scheduleToCloseTimeout: '10 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
  cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
});
// Compensations must happen in the end: no attempt limit, each attempt short.
const { releaseInventory, refundPayment, cancelShipment } = proxyActivities<typeof activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** Reserves every line in its own child workflow; waits for all of them, so none is still reserving on failure. */
async function reserveLines(state: OrderState): Promise<void> {
  const lines = await Promise.allSettled(
    state.items.map((item, index) =>
      executeChild(OrderLineWorkflow, {
        workflowId: `${state.orderId}/line-${index + 1}`,
        args: [{ orderId: state.orderId, item }],
        // A line means nothing without its order: if the order closes first, the line is asked to cancel.
        parentClosePolicy: ParentClosePolicy.REQUEST_CANCEL,
      }),
    ),
  );
  const failed = lines.find((line) => line.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * The saga: reserve stock, charge, wait out the cool-off, ship. On any failure or cancellation the owed
 * compensations run in reverse; a failure then ends the order with a business failure type, a cancellation
 * ends it cancelled.
 */
export async function fulfilOrder(
  state: OrderState,
  input: StartedOrder,
): Promise<{ chargeId: string; trackingNumber: string }> {
  const { orderId } = state;
  const compensations = new Compensations();
  try {
    compensations.register('releaseInventory', () => releaseInventory(orderId));
    await reserveLines(state);
    state.completedSteps.push('inventory-reserved');

    compensations.register('refundPayment', () => refundPayment(orderId));
    const amountCents = totalCents(state);
    const chargeId = await chargePayment({ orderId, amountCents, ...paymentOf(input) });
    state.completedSteps.push('payment-charged');
    recordDecision('charged', { chargeId, amountCents });

    // A durable timer: the customer may cancel for free until it fires, even across worker restarts.
    await sleep(input.coolOffMs ?? DEFAULT_COOL_OFF_MS);

    compensations.register('cancelShipment', () => cancelShipment(orderId));
    const trackingNumber = await shipOrder({ orderId, country: input.country });
    state.completedSteps.push('shipped');
    recordDecision('shipped', { trackingNumber });
    throwIfCancelled();
    return { chargeId, trackingNumber };
  } catch (err) {
    await compensations.runInReverse((name) => state.compensations.push(name));
    if (isCancellation(err)) {
      state.status = 'cancelled';
      throw err;
    }
    state.status = 'failed';
    throw orderFailure(state, err);
  }
}
