import { randomUUID } from 'node:crypto';
import type { GreetingWorkflow } from '@reference/workflows';
import { createWorker, workerOptions } from './create-worker';
import { useTestServer } from '@reference/testing';

const server = useTestServer();

test('polls my-task-queue with an activity concurrency of 100, a shutdown grace time and a heartbeat throttle', () => {
  const options = workerOptions(server.env.nativeConnection, 'default', { workflowBundle: server.workflowBundle });
  expect(options).toMatchObject({
    taskQueue: 'my-task-queue',
    maxConcurrentActivityTaskExecutions: 100,
    shutdownGraceTime: 10_000,
    maxHeartbeatThrottleInterval: 500,
  });
  expect(Object.keys(options.activities ?? {})).toEqual(
    expect.arrayContaining([
      'greet',
      'priceSku',
      'reserveInventory',
      'releaseInventory',
      'chargePayment',
      'refundPayment',
      'shipOrder',
      'cancelShipment',
      'callLlm',
      'planResearch',
      'generateSearchQueries',
      'writeReport',
      'appendReportLine',
      'calculate',
      'searchKnowledgeBase',
      'requestApproval',
    ]),
  );
});

test('runs GreetingWorkflow when started by its wire name, as a client in another language would', async () => {
  const worker = await createWorker(server.env.nativeConnection, 'default', { workflowBundle: server.workflowBundle });
  const result = await worker.runUntil(
    server.env.client.workflow.execute<typeof GreetingWorkflow>('GreetingWorkflow', {
      taskQueue: 'my-task-queue',
      workflowId: randomUUID(),
      args: ['wire'],
    }),
  );
  expect(result).toBe('Hello, wire!');
});
