import { type Client, type WorkflowHandle, WithStartWorkflowOperation } from '@temporalio/client';
import { TEST_CARDS } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import {
  addItemToOrderUpdate,
  approveOrderSignal,
  CancelOrderWorkflow,
  orderProgressQuery,
  OrderWorkflow,
  type OrderInput,
} from '..';
import type { RecordingScenario } from '../testing/recording-scenario';

function start(client: Client, taskQueue: string, input: Partial<OrderInput> & { orderId: string }) {
  const args: OrderInput = { customerId: 'customer-ada', ...sealCard(TEST_CARDS.ok), country: 'GB', ...input };
  return client.workflow.start(OrderWorkflow, { taskQueue, workflowId: input.orderId, args: [args] });
}

async function untilCharged(handle: WorkflowHandle<typeof OrderWorkflow>): Promise<void> {
  while (!(await handle.query(orderProgressQuery)).completedSteps.includes('payment-charged')) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'OrderWorkflow.fulfilled',
    run: async (client, taskQueue) => {
      const handle = await start(client, taskQueue, {
        orderId: 'order-fulfilled',
        items: [{ sku: 'TEA-GREEN', quantity: 2 }],
        coolOffMs: 100,
      });
      await handle.executeUpdate(addItemToOrderUpdate, { args: [{ sku: 'KETTLE', quantity: 1 }] });
      await handle.signal('attr:giftMessage', 'Happy birthday!');
      await handle.signal(approveOrderSignal, { approvedBy: 'manager-bo' });
      return handle;
    },
  },
  {
    // The update answers once the order's own item is priced too (the patch 'update-counts-items-being-priced').
    name: 'OrderWorkflow.update-with-start-counts-own-items',
    run: async (client, taskQueue) => {
      const orderId = 'order-update-with-start';
      const args: OrderInput = {
        orderId,
        customerId: 'customer-ada',
        ...sealCard(TEST_CARDS.ok),
        country: 'GB',
        items: [{ sku: 'TEA-GREEN', quantity: 2 }],
        coolOffMs: 10,
      };
      await client.workflow.executeUpdateWithStart(addItemToOrderUpdate, {
        args: [{ sku: 'KETTLE', quantity: 1 }],
        startWorkflowOperation: new WithStartWorkflowOperation(OrderWorkflow, {
          taskQueue,
          workflowId: orderId,
          args: [args],
          workflowIdConflictPolicy: 'USE_EXISTING',
        }),
      });
      const handle = client.workflow.getHandle<typeof OrderWorkflow>(orderId);
      await handle.signal(approveOrderSignal, { approvedBy: 'manager-bo' });
      return handle;
    },
  },
  {
    name: 'OrderWorkflow.payment-declined',
    run: async (client, taskQueue) => {
      const handle = await start(client, taskQueue, {
        orderId: 'order-payment-declined',
        items: [{ sku: 'MUG-BLUE', quantity: 1 }],
        ...sealCard('4242424242424241'),
      });
      await handle.signal(approveOrderSignal, { approvedBy: 'manager-bo' });
      return handle;
    },
  },
  {
    name: 'OrderWorkflow.cancelled-in-cool-off',
    run: async (client, taskQueue) => {
      const handle = await start(client, taskQueue, {
        orderId: 'order-cancelled',
        items: [{ sku: 'TEA-BLACK', quantity: 1 }],
        coolOffMs: 60_000,
      });
      await handle.signal(approveOrderSignal, { approvedBy: 'manager-bo' });
      await untilCharged(handle);
      await handle.cancel();
      return handle;
    },
  },
  {
    name: 'CancelOrderWorkflow.cancels-order',
    run: async (client, taskQueue) => {
      const order = await start(client, taskQueue, {
        orderId: 'order-to-cancel',
        items: [{ sku: 'KETTLE', quantity: 1 }],
      });
      await order.query(orderProgressQuery);
      return client.workflow.start(CancelOrderWorkflow, {
        taskQueue,
        workflowId: 'cancel-order-to-cancel',
        args: [{ orderId: 'order-to-cancel', reason: 'customer changed their mind' }],
      });
    },
  },
  {
    name: 'OrderWorkflow.continued-as-new',
    run: async (client, taskQueue) => {
      const handle = await start(client, taskQueue, { orderId: 'order-continued', historyLimit: 20, coolOffMs: 10 });
      for (const sku of ['TEA-GREEN', 'TEA-BLACK', 'MUG-BLUE', 'KETTLE', 'TEA-GREEN', 'TEA-BLACK']) {
        await handle.executeUpdate(addItemToOrderUpdate, { args: [{ sku, quantity: 1 }] });
      }
      await handle.signal(approveOrderSignal, { approvedBy: 'manager-bo' });
      return handle;
    },
  },
  {
    name: 'OrderLineWorkflow.reserved',
    run: async (client, taskQueue) => {
      const parent = await start(client, taskQueue, {
        orderId: 'order-with-line',
        items: [{ sku: 'KETTLE', quantity: 1 }],
        coolOffMs: 10,
      });
      await parent.signal(approveOrderSignal, { approvedBy: 'manager-bo' });
      await parent.result();
      return client.workflow.getHandle('order-with-line/line-1');
    },
  },
];
