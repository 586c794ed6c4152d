import { MockActivityEnvironment } from '@temporalio/testing';
import { releaseInventory, reserveInventory } from './inventory';
import { orderSystems } from './systems';

function scheduledBy(workflowId: string, activityId: string): MockActivityEnvironment {
  return new MockActivityEnvironment({ activityId, workflowExecution: { workflowId, runId: 'run-1' } });
}

test('a retried reservation reserves once; a release returns the stock once', async () => {
  const input = { orderId: 'order-stock', sku: 'KETTLE', quantity: 3 };
  await scheduledBy('order-stock', '1').run(reserveInventory, input);
  await scheduledBy('order-stock', '1').run(reserveInventory, input);
  expect(orderSystems.warehouse.forOrder('order-stock').map((e) => e.value)).toEqual([{ sku: 'KETTLE', quantity: 3 }]);
  await expect(new MockActivityEnvironment().run(releaseInventory, 'order-stock')).resolves.toBe(1);
  await expect(new MockActivityEnvironment().run(releaseInventory, 'order-stock')).resolves.toBe(0);
});

test('a sold-out SKU is OutOfStock (retryable by itself) and an unknown one is a non-retryable UnknownSku', async () => {
  const env = scheduledBy('order-sold-out', '1');
  await expect(
    env.run(reserveInventory, { orderId: 'order-sold-out', sku: 'TEAPOT-VINTAGE', quantity: 1 }),
  ).rejects.toMatchObject({
    type: 'OutOfStock',
    nonRetryable: false,
    details: [{ sku: 'TEAPOT-VINTAGE', available: 0, wanted: 1 }],
  });
  await expect(
    env.run(reserveInventory, { orderId: 'order-sold-out', sku: 'NOPE', quantity: 1 }),
  ).rejects.toMatchObject({ type: 'UnknownSku', nonRetryable: true });
});
