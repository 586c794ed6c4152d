import type { NativeConnection, WorkerPlugin } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { CorrelationPlugin } from '@reference/correlation-worker';
import { testWorkerOptions } from './test-worker';

const connection = {} as NativeConnection;
process.env.WORKFLOW_BUNDLE_PATH = '/tmp/shipped-bundle.js';
process.env.AUDIT_FILE = '/tmp/audit.jsonl';

test('by default: my-task-queue, the shipped bundle, the real activities and the correlation plugin', () => {
  const options = testWorkerOptions(connection);
  expect(options).toMatchObject({ taskQueue: 'my-task-queue', workflowBundle: { codePath: '/tmp/shipped-bundle.js' } });
  expect(options.activities).toEqual({ ...activities });
  expect(options.dataConverter?.payloadConverterPath).toBeDefined();
  expect(options.plugins).toEqual([expect.any(CorrelationPlugin)]);
});

test("a test's activities replace the real ones of their name, or are all it has without the real ones", () => {
  const greet = async () => 'mocked';
  expect(testWorkerOptions(connection, { activities: { greet } }).activities).toEqual({ ...activities, greet });
  expect(testWorkerOptions(connection, { activities: { greet }, realActivities: false }).activities).toEqual({ greet });
});

test('a fixture replaces the shipped bundle; an activity worker has none', () => {
  expect(testWorkerOptions(connection, { workflowsPath: '/fixture.ts' })).not.toHaveProperty('workflowBundle');
  expect(testWorkerOptions(connection, { workflowBundle: { code: 'x' } }).workflowBundle).toEqual({ code: 'x' });
  expect(testWorkerOptions(connection, { workflows: false })).not.toHaveProperty('workflowBundle');
});

test("a test's own queue, settings and plugins, the correlation plugin still first", () => {
  const plugin = { name: 'extra' } as WorkerPlugin;
  const options = testWorkerOptions(connection, {
    taskQueue: 'own-queue',
    shutdownGraceTime: '1 second',
    maxCachedWorkflows: 0,
    plugins: [plugin],
  });
  expect(options).toMatchObject({ taskQueue: 'own-queue', shutdownGraceTime: '1 second', maxCachedWorkflows: 0 });
  expect(options.plugins).toEqual([expect.any(CorrelationPlugin), plugin]);
});
