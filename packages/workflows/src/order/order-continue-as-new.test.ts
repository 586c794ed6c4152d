import { addItemToOrderUpdate, approveOrderSignal } from '..';
import { eventKinds, progressWhen, startOrder } from './order.test-helpers';
import { useTestServer } from '@reference/testing';

const server = useTestServer({ runWorker: true });

test('a long-lived order continues as new past its history limit, carrying items and attributes', async () => {
  const handle = await startOrder(server.env, { historyLimit: 40, coolOffMs: 10 });
  const firstRunId = handle.firstExecutionRunId;
  await handle.signal('attr:giftMessage', 'for Bo');
  const skus = ['TEA-BLACK', 'MUG-BLUE', 'KETTLE', 'TEA-GREEN'];
  for (let i = 0; i < 12; i += 1) {
    await handle.executeUpdate(addItemToOrderUpdate, {
      args: [{ sku: skus[i % skus.length] ?? 'KETTLE', quantity: 1 }],
    });
  }
  const progress = await progressWhen(handle, (p) => p.runsContinued > 0 && p.itemCount === 13);
  const firstRun = server.env.client.workflow.getHandle(handle.workflowId, firstRunId);
  expect((await eventKinds(firstRun)).at(-1)).toBe('workflowExecutionContinuedAsNew');
  const { runId: latestRunId } = await handle.describe();
  expect(latestRunId).not.toBe(firstRunId);
  await expect(handle.query<string>('attr:giftMessage')).resolves.toBe('for Bo');

  await handle.signal(approveOrderSignal, { approvedBy: 'manager-bo' });
  const result = await handle.result();
  expect(result).toMatchObject({ status: 'fulfilled', itemCount: 13, totalCents: progress.totalCents });
});
