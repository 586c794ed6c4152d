import { WithStartWorkflowOperation } from '@temporalio/client';
import { priceSku } from '@reference/activities';
import { createTestWorker, useTestServer } from '@reference/testing';
import { addItemToOrderUpdate, orderProgressQuery, OrderWorkflow, TASK_QUEUE } from '..';
import { eventKinds, orderInput } from './order.test-helpers';

const server = useTestServer();

test('update-with-start answers with every item, counting one whose price lookup was still running', async () => {
  // The order's own item is priced only once the update's item has been priced and the workflow has seen it.
  let releaseOwnItem!: () => void;
  const ownItemReleased = new Promise<void>((resolve) => (releaseOwnItem = resolve));
  const worker = await createTestWorker(server.env.nativeConnection, {
    activities: {
      priceSku: async (sku) => {
        if (sku === 'TEA-GREEN') await ownItemReleased;
        return priceSku(sku);
      },
    },
  });
  const input = orderInput({ items: [{ sku: 'TEA-GREEN', quantity: 2 }] });
  await worker.runUntil(async () => {
    const answer = server.env.client.workflow.executeUpdateWithStart(addItemToOrderUpdate, {
      args: [{ sku: 'KETTLE', quantity: 1 }],
      startWorkflowOperation: new WithStartWorkflowOperation(OrderWorkflow, {
        taskQueue: TASK_QUEUE,
        workflowId: input.orderId,
        args: [input],
        workflowIdConflictPolicy: 'USE_EXISTING',
      }),
    });
    const handle = server.env.client.workflow.getHandle<typeof OrderWorkflow>(input.orderId);
    while (!(await eventKinds(handle).catch((): string[] => [])).includes('activityTaskCompleted')) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    releaseOwnItem();
    await expect(answer).resolves.toBe(2);
    await expect(handle.query(orderProgressQuery)).resolves.toMatchObject({ itemCount: 2 });
    await handle.terminate('test over');
  });
});
