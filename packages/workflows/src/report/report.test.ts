import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Headers } from '@temporalio/common';
import { ReportWorkflow, TASK_QUEUE } from '..';
import { readCorrelationHeader, withCorrelationId } from '@reference/correlation';
import { createTestWorker, useTestServer, waitFor } from '@reference/testing';

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

/** What an event's header says of the correlation id. */
const idIn = (header?: { fields?: Headers | null } | null) => readCorrelationHeader(header?.fields ?? {});

test('every run a schedule starts, and its activity, carries the id of the client that created the schedule', async () => {
  const worker = await createTestWorker(server.env.nativeConnection);
  const scheduleId = `report-schedule-${randomUUID()}`;
  const correlationId = `schedule-test-${randomUUID()}`;
  // The harness's client, as the starter's, adds the id to the schedule's start action as it creates it.
  const schedule = await withCorrelationId(correlationId, () =>
    server.env.client.schedule.create({
      scheduleId,
      spec: { intervals: [{ every: '1 second' }] },
      action: { type: 'startWorkflow', workflowType: ReportWorkflow, args: ['every second'], taskQueue: TASK_QUEUE },
    }),
  );
  // The runs come from the server's clock, no client call in the id's scope: two of them, finished, make "every run".
  const runIds = await worker.runUntil(async () => {
    const started = await waitFor(
      async () => (await schedule.describe()).info.recentActions.map((action) => action.action.workflow.workflowId),
      'the schedule has started two runs',
      { holds: (ids) => ids.length >= 2 },
    );
    await schedule.pause('two runs are enough');
    await Promise.all(started.map((id) => server.env.client.workflow.getHandle(id).result()));
    return started;
  });
  await schedule.delete();

  for (const workflowId of runIds) {
    const { events } = await server.env.client.workflow.getHandle(workflowId).fetchHistory();
    const started = events?.find(
      (e) => e.workflowExecutionStartedEventAttributes,
    )?.workflowExecutionStartedEventAttributes;
    expect(idIn(started?.header)).toEqual({ id: correlationId });
    const activities = (events ?? []).flatMap((e) => e.activityTaskScheduledEventAttributes ?? []);
    expect(activities.map((a) => [a.activityType?.name, idIn(a.header)])).toEqual([
      ['appendReportLine', { id: correlationId }],
    ]);
  }
});
