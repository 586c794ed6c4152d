import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReportWorkflow, TASK_QUEUE } from '..';
import { createTestWorker, useTestServer } from '@reference/testing';

const reportsFile = path.join(mkdtempSync(path.join(tmpdir(), 'reports-')), 'reports.jsonl');
process.env.REPORTS_FILE = reportsFile;
const server = useTestServer();

test('ReportWorkflow writes one line per run, at the lowest priority and under its fairness key', async () => {
  const worker = await createTestWorker(server.env.nativeConnection);
  const workflowId = `report-${randomUUID()}`;
  const file = await worker.runUntil(
    server.env.client.workflow.execute(ReportWorkflow, { taskQueue: TASK_QUEUE, workflowId, args: ['weekly'] }),
  );

  expect(file).toBe(reportsFile);
  const lines = readFileSync(reportsFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { title: string; workflowId: string; reportedAt: string });
  expect(lines).toMatchObject([{ title: 'weekly', workflowId }]);
  expect(lines[0]?.reportedAt).toMatch(/^\d{4}-\d\d-\d\dT/);

  const history = await server.env.client.workflow.getHandle(workflowId).fetchHistory();
  const scheduled = history.events?.find(
    (e) => e.activityTaskScheduledEventAttributes,
  )?.activityTaskScheduledEventAttributes;
  expect(scheduled?.activityType?.name).toBe('appendReportLine');
  expect(scheduled?.priority).toMatchObject({ priorityKey: 5, fairnessKey: 'reports' });
});
