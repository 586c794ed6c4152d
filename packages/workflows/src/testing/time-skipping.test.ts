import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import { createTimeSkippingTestEnv } from '@reference/temporal-server';
import { LongSleepWorkflow } from './long-sleep.fixture';

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;
let env: TestWorkflowEnvironment;

beforeAll(async () => {
  env = await createTimeSkippingTestEnv();
});

afterAll(async () => {
  await env?.teardown();
});

test('a workflow sleeping 30 days finishes within the test timeout on the time-skipping server', async () => {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: 'time-skipping',
    workflowsPath: require.resolve('./long-sleep.fixture'),
  });
  const sleptMs = await worker.runUntil(
    env.client.workflow.execute(LongSleepWorkflow, {
      taskQueue: 'time-skipping',
      workflowId: randomUUID(),
      args: [30],
    }),
  );
  expect(sleptMs).toBeGreaterThanOrEqual(THIRTY_DAYS_MS);
});
