import { randomUUID } from 'node:crypto';
import { WorkflowFailedError } from '@temporalio/client';
import { useTestServer } from '@reference/testing';
import { CancelOrderWorkflow, orderProgressQuery, TASK_QUEUE } from '..';
import { startOrder } from './order.test-helpers';

const server = useTestServer({ runWorker: true });

function cancelOrder(orderId: string, reason: string) {
  return server.env.client.workflow.execute(CancelOrderWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: `cancel-${orderId}-${randomUUID()}`,
    args: [{ orderId, reason }],
  });
}

test('the reason is recorded on an order whose custom attributes are all taken', async () => {
  const order = await startOrder(server.env);
  // Twenty custom attributes: as many as an order takes.
  for (let i = 0; i < 20; i++) await order.executeUpdate<string | null, [string]>(`attr:note-${i}`, { args: ['x'] });
  await expect(order.executeUpdate<string | null, [string]>('attr:note-20', { args: ['x'] })).rejects.toThrow();

  await cancelOrder(order.workflowId, 'the customer moved abroad');
  await expect(order.result()).rejects.toBeInstanceOf(WorkflowFailedError);
  await expect(order.query<string>('cancellationReason')).resolves.toBe('the customer moved abroad');
});

test('cancelling an order that has ended fails typed, with nothing recorded', async () => {
  const order = await startOrder(server.env);
  await order.query(orderProgressQuery);
  await order.terminate('the order ended');
  const failure = await cancelOrder(order.workflowId, 'too late').catch((err: unknown) => err);
  expect(failure).toBeInstanceOf(WorkflowFailedError);
  expect((failure as WorkflowFailedError).cause).toMatchObject({ type: 'ExternalWorkflowExecutionNotFound' });
});
