import type { Client } from '@temporalio/client';
import { TEST_CARDS } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import { approveOrderSignal, GreetingWorkflow, OrderWorkflow, TASK_QUEUE } from '@reference/workflows';
import type { WorkloadName } from './types';

/** Starts one workflow of the workload and resolves when its result is in: the end-to-end latency measured. */
type Execute = (client: Client, workflowId: string, requestEagerStart: boolean) => Promise<unknown>;

const executeGreeting: Execute = async (client, workflowId, requestEagerStart) => {
  const handle = await client.workflow.start(GreetingWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId,
    args: ['bench'],
    requestEagerStart,
  });
  return handle.result();
};

/** By wire name and task queue: what the peers phase sends to workers of any language. */
const executeWireGreeting: Execute = async (client, workflowId) =>
  client.workflow.execute('GreetingWorkflow', { taskQueue: TASK_QUEUE, workflowId, args: ['bench'] });

/** An approved two-line order with no cool-off: price, reserve (two child workflows), charge, ship. */
const executeOrder: Execute = async (client, workflowId, requestEagerStart) => {
  const handle = await client.workflow.start(OrderWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId,
    requestEagerStart,
    args: [
      {
        orderId: workflowId,
        customerId: 'bench',
        ...sealCard(TEST_CARDS.ok),
        country: 'GB',
        items: [
          { sku: 'TEA-GREEN', quantity: 2 },
          { sku: 'KETTLE', quantity: 1 },
        ],
        coolOffMs: 0,
      },
    ],
  });
  await handle.signal(approveOrderSignal, { approvedBy: 'bench' });
  return handle.result();
};

export const workloads: Record<WorkloadName, Execute> = {
  greeting: executeGreeting,
  'wire-greeting': executeWireGreeting,
  order: executeOrder,
};

/** An order nobody approves: it waits for the approval signal (or its 24-hour timeout), parked in the worker cache. */
export async function startParkedOrder(client: Client, orderId: string): Promise<void> {
  await client.workflow.start(OrderWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: orderId,
    args: [{ orderId, customerId: 'bench', ...sealCard(TEST_CARDS.ok), country: 'GB' }],
  });
}
