import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createTimeSkippingTestEnv } from '@reference/temporal-server';
import { orderStatusQuery } from '..';
import { scheduledActivities, startOrder, startWorker, SETUP_TIMEOUT_MS } from './helpers/order-harness';

const DAY_MS = 24 * 60 * 60 * 1000;
let env: TestWorkflowEnvironment;
let stopWorker: () => Promise<void>;

beforeAll(async () => {
  env = await createTimeSkippingTestEnv();
  ({ stop: stopWorker } = await startWorker(env));
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await stopWorker?.();
  await env?.teardown();
});

test('an order nobody approves rejects itself after 24 hours and charges nothing', async () => {
  const startedAt = await env.currentTimeMs();
  const handle = await startOrder(env);
  await expect(handle.result()).resolves.toMatchObject({
    status: 'rejected',
    reason: 'not approved within 24 hours',
    itemCount: 1,
  });
  expect((await env.currentTimeMs()) - startedAt).toBeGreaterThanOrEqual(DAY_MS);
  await expect(handle.query(orderStatusQuery)).resolves.toBe('rejected');
  expect(await scheduledActivities(handle)).toEqual(['priceSku']);
});

test('an order approved after 23 hours is fulfilled, not rejected', async () => {
  const handle = await startOrder(env);
  await env.sleep(23 * 60 * 60 * 1000);
  await handle.signal('approveOrder', { approvedBy: 'night-shift' });
  await expect(handle.result()).resolves.toMatchObject({ status: 'fulfilled' });
});
