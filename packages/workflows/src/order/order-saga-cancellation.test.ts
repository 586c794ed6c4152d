import { type WorkflowHandle, WorkflowFailedError } from '@temporalio/client';
import { CancelledFailure } from '@temporalio/common';
import * as activities from '@reference/activities';
import { createTestWorker, useTestServer } from '@reference/testing';
import { approveOrderSignal } from '..';
import { held } from '../testing/held-activity.test-helpers';
import { startOrder } from './order.test-helpers';

// The saga rule under cancellation: a step cancelled mid-flight may still take effect, so its compensation must run
// after it has really ended. Each test holds one step, cancels the order, then lets the step land.
const server = useTestServer();
const { orderSystems } = activities;

/** Each effect of the order, as whether it was undone. */
function undone(orderId: string) {
  const of = (entries: { undone: boolean }[]) => entries.map((entry) => entry.undone);
  return {
    reservations: of(orderSystems.warehouse.forOrder(orderId)),
    charges: of(orderSystems.gateway.charges.forOrder(orderId)),
    shipments: of(orderSystems.carrier.forOrder(orderId)),
  };
}

type HistoryEvent = NonNullable<Awaited<ReturnType<WorkflowHandle['fetchHistory']>>['events']>[number];

/** Activities scheduled between `step`'s scheduling and its end: compensations that ran before their step ended. */
function compensationsScheduledWhileRunning(step: string, events: HistoryEvent[]): string[] {
  const scheduled = events.find((event) => event.activityTaskScheduledEventAttributes?.activityType?.name === step);
  const scheduledId = scheduled?.eventId?.toString();
  const ended = events.find((event) =>
    [event.activityTaskCompletedEventAttributes, event.activityTaskCanceledEventAttributes].some(
      (attributes) => attributes?.scheduledEventId?.toString() === scheduledId,
    ),
  );
  const between = events.slice(events.indexOf(scheduled!) + 1, ended ? events.indexOf(ended) : undefined);
  return between.flatMap((event) => event.activityTaskScheduledEventAttributes?.activityType?.name ?? []);
}

test.each([
  ['charges', 'chargePayment', { reservations: [true], charges: [true], shipments: [] }],
  ['ships', 'shipOrder', { reservations: [true], charges: [true], shipments: [true] }],
] as const)('an order cancelled while it %s undoes the step that lands afterwards', async (_, step, expected) => {
  const holding = held(activities[step] as (input: unknown) => Promise<string>);
  const worker = await createTestWorker(server.env.nativeConnection, { activities: { [step]: holding.activity } });
  await worker.runUntil(async () => {
    const order = await startOrder(server.env, { coolOffMs: 0 });
    await order.signal(approveOrderSignal, { approvedBy: 'manager-bo' });
    await holding.started;
    await order.cancel();
    // The order has taken in the cancellation (whatever it scheduled in that task is in history) before the step lands.
    while (!(await order.fetchHistory()).events?.some((event) => event.activityTaskCancelRequestedEventAttributes)) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    holding.release();
    const failure = await order.result().catch((err: unknown) => err);
    expect((failure as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
    await holding.finished();
    expect(compensationsScheduledWhileRunning(step, (await order.fetchHistory()).events ?? [])).toEqual([]);
    expect(undone(order.workflowId)).toEqual(expected);
  });
});
