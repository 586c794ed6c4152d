import { randomUUID } from 'node:crypto';
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type * as activities from '@reference/activities';
import { FanOutWorkflow, TASK_QUEUE } from '..';
import { createTestWorker, useTestServer } from '@reference/testing';

const server = useTestServer();

async function fanOut(count: number, greet: typeof activities.greet): Promise<number> {
  const worker = await createTestWorker(server.env.nativeConnection, { activities: { greet } });
  return worker.runUntil(
    server.env.client.workflow.execute(FanOutWorkflow, {
      taskQueue: TASK_QUEUE,
      workflowId: `fan-out-${randomUUID()}`,
      args: [count],
    }),
  );
}

test('runs one greet per recipient, all at once, and counts them', async () => {
  let running = 0;
  let mostAtOnce = 0;
  const greet = jest.fn(async (name: string) => {
    mostAtOnce = Math.max(mostAtOnce, ++running);
    await new Promise((resolve) => setTimeout(resolve, 200));
    running -= 1;
    return `Hello, ${name}!`;
  });
  await expect(fanOut(20, greet)).resolves.toBe(20);
  expect(greet).toHaveBeenCalledTimes(20);
  expect(greet.mock.calls.map(([name]) => name).sort()).toEqual(
    Array.from({ length: 20 }, (_, i) => `recipient ${i + 1}`).sort(),
  );
  expect(mostAtOnce).toBeGreaterThan(1);
});

test.each([0, 2.5, 2_001])('refuses a count of %p without running anything', async (count) => {
  const greet = jest.fn(async (name: string) => name);
  const failure = await fanOut(count, greet).catch((err: unknown) => err);
  expect(failure).toBeInstanceOf(WorkflowFailedError);
  expect((failure as WorkflowFailedError).cause).toBeInstanceOf(ApplicationFailure);
  expect((failure as WorkflowFailedError).cause).toMatchObject({ type: 'InvalidWorkflowInput', nonRetryable: true });
  expect(greet).not.toHaveBeenCalled();
});
