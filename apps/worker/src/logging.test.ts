import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Worker } from '@temporalio/worker';
import { GreetingWorkflow, TASK_QUEUE } from '@reference/workflows';
import { loadWorkerConfig } from './config';
import { createWorker } from './create-worker';
import { installRuntime } from './install-runtime';
import { tuningFrom } from './tuning';
import { useTestServer } from '@reference/testing';

interface LogLine {
  level: number;
  msg: string;
  sdkComponent?: string;
  workflowId?: string;
  activityType?: string;
  attempt?: number;
}

// The runtime is process-wide: install it (pino, JSON lines kept here) before the test server creates its own.
const lines: LogLine[] = [];
installRuntime(loadWorkerConfig({ LOG_LEVEL: 'info' }), {
  write: (line: string) => lines.push(JSON.parse(line) as LogLine),
});
const server = useTestServer();

const linesOf = (workflowId: string) => lines.filter((line) => line.workflowId === workflowId);

test('with no workflow cache every task replays, yet each workflow log line appears once', async () => {
  // maxCachedWorkflows 0: the second workflow task replays the first from history, including its `log` call.
  const tuning = tuningFrom(loadWorkerConfig({ WORKER_MAX_CACHED_WORKFLOWS: '0' }));
  const worker = await createWorker(
    server.env.nativeConnection,
    'default',
    { workflowBundle: server.workflowBundle },
    { tuning },
  );
  const workflowId = `logged-${randomUUID()}`;
  await worker.runUntil(
    server.env.client.workflow.execute(GreetingWorkflow, { taskQueue: TASK_QUEUE, workflowId, args: ['log'] }),
  );
  const history = await server.env.client.workflow.getHandle(workflowId).fetchHistory();
  expect(history.events?.filter((e) => e.workflowTaskCompletedEventAttributes).length).toBeGreaterThanOrEqual(2);

  const workflowLines = linesOf(workflowId).filter((line) => line.sdkComponent === 'workflow');
  expect(workflowLines.map((line) => line.msg)).toEqual(['Greeting started', 'Greeting finished']);
});

test('an activity logs with its context: workflow id, activity type and attempt', async () => {
  const worker = await createWorker(server.env.nativeConnection, 'default', { workflowBundle: server.workflowBundle });
  const workflowId = `logged-${randomUUID()}`;
  await worker.runUntil(
    server.env.client.workflow.execute(GreetingWorkflow, { taskQueue: TASK_QUEUE, workflowId, args: ['context'] }),
  );
  expect(linesOf(workflowId)).toContainEqual(
    expect.objectContaining({
      sdkComponent: 'activity',
      msg: 'Greeting',
      activityType: 'greet',
      attempt: 1,
      level: 30,
    }),
  );
  // Never its task token: whoever reads the log could complete or fail the activity with it.
  const activityLines = linesOf(workflowId).filter((line) => line.sdkComponent === 'activity');
  expect(activityLines.length).toBeGreaterThan(0);
  for (const line of activityLines) expect(Object.keys(line)).not.toContain('taskToken');
});

test('replaying a recorded history logs nothing from the workflow', async () => {
  const historyFile = require
    .resolve('@reference/workflows/package.json')
    .replace('package.json', 'src/greeting/histories/GreetingWorkflow.my-name.json');
  const before = lines.length;
  await Worker.runReplayHistory(
    { workflowBundle: server.workflowBundle },
    JSON.parse(readFileSync(historyFile, 'utf8')),
  );
  expect(lines.slice(before).filter((line) => line.sdkComponent === 'workflow')).toEqual([]);
});
