import { randomUUID } from 'node:crypto';
import { GreetingWorkflow, GreetingWorkflowV2 } from '..';
import { createTestWorker, useTestServer } from '@reference/testing';

const server = useTestServer();

test('V1 and V2 run side by side on one worker: the same answer, V2 without a server-scheduled activity', async () => {
  const taskQueue = 'greeting-versions';
  const worker = await createTestWorker(server.env.nativeConnection, { taskQueue });
  const [v1, v2] = await worker.runUntil(
    Promise.all(
      [GreetingWorkflow, GreetingWorkflowV2].map(async (workflow) => {
        const handle = await server.env.client.workflow.start(workflow, {
          taskQueue,
          workflowId: randomUUID(),
          args: ['Ada'],
        });
        return { result: await handle.result(), events: (await handle.fetchHistory()).events ?? [] };
      }),
    ),
  );
  expect([v1?.result, v2?.result]).toEqual(['Hello, Ada!', 'Hello, Ada!']);
  expect(v1?.events.some((e) => e.activityTaskScheduledEventAttributes)).toBe(true);
  expect(v2?.events.some((e) => e.activityTaskScheduledEventAttributes)).toBe(false);
  expect(v2?.events.some((e) => e.markerRecordedEventAttributes)).toBe(true); // the local activity's result
});
