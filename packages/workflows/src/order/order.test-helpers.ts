import { randomUUID } from 'node:crypto';
import type { WorkflowHandle, WorkflowHandleWithFirstExecutionRunId } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { TEST_CARDS } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import { waitFor } from '@reference/testing';
import { orderProgressQuery, OrderWorkflow, TASK_QUEUE, type OrderInput, type OrderProgress } from '..';

export function orderInput(overrides: Partial<OrderInput> = {}): OrderInput {
  return {
    orderId: `order-${randomUUID()}`,
    customerId: 'customer-ada',
    ...sealCard(TEST_CARDS.ok),
    country: 'GB',
    items: [{ sku: 'TEA-GREEN', quantity: 2 }],
    coolOffMs: 50,
    ...overrides,
  };
}

export async function startOrder(
  env: TestWorkflowEnvironment,
  overrides: Partial<OrderInput> = {},
): Promise<WorkflowHandleWithFirstExecutionRunId<typeof OrderWorkflow>> {
  const input = orderInput(overrides);
  return env.client.workflow.start(OrderWorkflow, { taskQueue: TASK_QUEUE, workflowId: input.orderId, args: [input] });
}

/** The activity types a run scheduled, in order: what the workflow really did. */
export async function scheduledActivities(handle: WorkflowHandle): Promise<string[]> {
  const history = await handle.fetchHistory();
  return (history.events ?? []).flatMap((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? []);
}

/** The kind of every event in a run's history, e.g. 'workflowExecutionUpdateAccepted'. */
export async function eventKinds(handle: WorkflowHandle): Promise<string[]> {
  const history = await handle.fetchHistory();
  return (history.events ?? []).flatMap((e) =>
    Object.keys(e)
      .filter((key) => key.endsWith('EventAttributes') && e[key as keyof typeof e])
      .map((key) => key.replace(/EventAttributes$/, '')),
  );
}

/** Polls the progress query until `done` holds (signals and initial items are handled asynchronously). */
export function progressWhen(
  handle: WorkflowHandle<typeof OrderWorkflow>,
  done: (progress: OrderProgress) => boolean,
  timeoutMs = 15_000,
): Promise<OrderProgress> {
  return waitFor(() => handle.query(orderProgressQuery), "the order's progress matches", { holds: done, timeoutMs });
}
