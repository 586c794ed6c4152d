import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { createLocalTestEnv } from '@reference/temporal-server';
import { ReportWorkflow, TASK_QUEUE } from '..';

let env: TestWorkflowEnvironment;
const reportsFile = path.join(mkdtempSync(path.join(tmpdir(), 'reports-')), 'reports.jsonl');

beforeAll(async () => {
  process.env.REPORTS_FILE = reportsFile;
  env = await createLocalTestEnv();
});

afterAll(async () => {
  await env?.teardown();
});

test('ReportWorkflow writes one line per run, at the lowest priority and under its fairness key', async () => {
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue: TASK_QUEUE,
    workflowsPath: require.resolve('..'),
    activities,
  });
  const workflowId = `report-${randomUUID()}`;
  const file = await worker.runUntil(
    env.client.workflow.execute(ReportWorkflow, { taskQueue: TASK_QUEUE, workflowId, args: ['weekly'] }),
  );

  expect(file).toBe(reportsFile);
  const lines = readFileSync(reportsFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { title: string; workflowId: string; reportedAt: string });
  expect(lines).toMatchObject([{ title: 'weekly', workflowId }]);
  expect(lines[0]?.reportedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

  const history = await env.client.workflow.getHandle(workflowId).fetchHistory();
  const scheduled = history.events?.find(
    (e) => e.activityTaskScheduledEventAttributes,
  )?.activityTaskScheduledEventAttributes;
  expect(scheduled?.activityType?.name).toBe('appendReportLine');
  expect(scheduled?.priority).toMatchObject({ priorityKey: 5, fairnessKey: 'reports' });
});
