import { randomUUID } from 'node:crypto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, type WorkflowBundle } from '@temporalio/worker';
import { createLocalTestEnv } from '@reference/temporal-server';
import type { GreetingWorkflow } from '@reference/workflows';
import { createWorker, workerOptions } from '../create-worker';

let env: TestWorkflowEnvironment;
let workflowBundle: WorkflowBundle;

beforeAll(async () => {
  [env, workflowBundle] = await Promise.all([
    createLocalTestEnv(),
    bundleWorkflowCode({ workflowsPath: require.resolve('@reference/workflows') }),
  ]);
});

afterAll(async () => {
  await env?.teardown();
});

test('polls the seed’s task queue with the seed’s activity concurrency of 100 and a shutdown grace time', () => {
  const options = workerOptions(env.nativeConnection, 'default', { workflowBundle });
  expect(options).toMatchObject({
    taskQueue: 'my-task-queue',
    maxConcurrentActivityTaskExecutions: 100,
    shutdownGraceTime: 10_000,
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
  const worker = await createWorker(env.nativeConnection, 'default', { workflowBundle });
  const result = await worker.runUntil(
    env.client.workflow.execute<typeof GreetingWorkflow>('GreetingWorkflow', {
      taskQueue: 'my-task-queue',
      workflowId: randomUUID(),
      args: ['wire'],
    }),
  );
  expect(result).toBe('Hello, wire!');
});
