import { orderStatusQuery } from '..';
import { scheduledActivities, startOrder } from './order.test-helpers';
import { useTestServer } from '@reference/testing';

const DAY_MS = 24 * 60 * 60 * 1000;
const server = useTestServer({ timeSkipping: true, runWorker: true });

test('an order nobody approves rejects itself after 24 hours and charges nothing', async () => {
  const startedAt = await server.env.currentTimeMs();
  const handle = await startOrder(server.env);
  await expect(handle.result()).resolves.toMatchObject({
    status: 'rejected',
    reason: 'not approved within 24 hours',
    itemCount: 1,
  });
  expect((await server.env.currentTimeMs()) - startedAt).toBeGreaterThanOrEqual(DAY_MS);
  await expect(handle.query(orderStatusQuery)).resolves.toBe('rejected');
  expect(await scheduledActivities(handle)).toEqual(['priceSku']);
});

test('an order approved after 23 hours is fulfilled, not rejected', async () => {
  const handle = await startOrder(server.env);
  await server.env.sleep(23 * 60 * 60 * 1000);
  await handle.signal('approveOrder', { approvedBy: 'night-shift' });
  await expect(handle.result()).resolves.toMatchObject({ status: 'fulfilled' });
});
