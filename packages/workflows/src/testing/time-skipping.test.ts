import { randomUUID } from 'node:crypto';
import { createTestWorker, useTestServer } from '@reference/testing';
import { LongSleepWorkflow } from './long-sleep.fixture';

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;
const server = useTestServer({ timeSkipping: true });

test('a workflow sleeping 30 days finishes within the test timeout on the time-skipping server', async () => {
  const worker = await createTestWorker(server.env.nativeConnection, {
    taskQueue: 'time-skipping',
    workflowsPath: require.resolve('./long-sleep.fixture'),
  });
  const sleptMs = await worker.runUntil(
    server.env.client.workflow.execute(LongSleepWorkflow, {
      taskQueue: 'time-skipping',
      workflowId: randomUUID(),
      args: [30],
    }),
  );
  expect(sleptMs).toBeGreaterThanOrEqual(THIRTY_DAYS_MS);
});
