import { randomUUID } from 'node:crypto';
import * as activities from '@reference/activities';
import { GreetingWorkflow, TASK_QUEUE } from '..';
import { createTestWorker, useTestServer } from '@reference/testing';

const server = useTestServer();

async function runGreeting(
  workerActivities: Partial<typeof activities>,
  name: string,
): Promise<{ result: string; workflowId: string }> {
  const worker = await createTestWorker(server.env.nativeConnection, { activities: workerActivities });
  const workflowId = `greeting-${randomUUID()}`;
  const result = await worker.runUntil(
    server.env.client.workflow.execute(GreetingWorkflow, { taskQueue: TASK_QUEUE, workflowId, args: [name] }),
  );
  return { result, workflowId };
}

describe('GreetingWorkflow on a dev server', () => {
  test('greets through the real activity', async () => {
    const { result } = await runGreeting(activities, 'my name');
    expect(result).toBe('Hello, my name!');
  });

  test('returns what the activity returns, called once with the name', async () => {
    const greet = jest.fn<ReturnType<typeof activities.greet>, Parameters<typeof activities.greet>>(
      async (name) => `Mocked ${name}`,
    );
    const { result } = await runGreeting({ greet }, 'Ada');
    expect(result).toBe('Mocked Ada');
    expect(greet).toHaveBeenCalledTimes(1);
    expect(greet).toHaveBeenCalledWith('Ada');
  });

  test('keeps its names on the wire: GreetingWorkflow, greet, my-task-queue, 30 s timeout', async () => {
    const { workflowId } = await runGreeting(activities, 'wire');
    const history = await server.env.client.workflow.getHandle(workflowId).fetchHistory();
    const started = history.events?.find((e) => e.workflowExecutionStartedEventAttributes);
    const scheduled = history.events?.find((e) => e.activityTaskScheduledEventAttributes);
    expect(started?.workflowExecutionStartedEventAttributes?.workflowType?.name).toBe('GreetingWorkflow');
    expect(started?.workflowExecutionStartedEventAttributes?.taskQueue?.name).toBe('my-task-queue');
    const activity = scheduled?.activityTaskScheduledEventAttributes;
    expect(activity?.activityType?.name).toBe('greet');
    expect(activity?.taskQueue?.name).toBe('my-task-queue');
    expect(Number(activity?.startToCloseTimeout?.seconds)).toBe(30);
  });
});
