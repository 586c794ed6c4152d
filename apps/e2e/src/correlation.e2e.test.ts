import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Headers } from '@temporalio/common';
import { waitFor } from '@reference/testing/wait';
import { run } from './processes';
import { useServerForProcesses } from './worker-process';

const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');
const state = path.join(mkdtempSync(path.join(os.tmpdir(), 'audit-e2e-')), 'state');
const auditFile = path.join(state, 'audit.jsonl');
const e2e = useServerForProcesses({
  worker: true,
  env: { AUDIT_FILE: auditFile, REPORTS_FILE: path.join(state, 'reports.jsonl'), LOG_LEVEL: 'debug' },
});

const starter = (...args: string[]) => run('node', [starterMain, ...args], { env: e2e.env });
const linesOf = (text: string, orderId: string) =>
  text
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => String(line.workflowId).startsWith(orderId));

test('order start --correlation-id demo-1: every audit line and every log line of the order says demo-1', async () => {
  const orderId = `e2e-correlated-${Date.now()}`;
  const order = { orderId, customerId: 'ada', cardNumber: '4242424242424242', country: 'GB', coolOffMs: 10 };
  const items = [
    { sku: 'KETTLE', quantity: 1 },
    { sku: 'MUG-BLUE', quantity: 2 },
  ];
  const json = JSON.stringify({ ...order, items });
  const started = await starter('order', 'start', json, '--approved-by', 'bo', '--correlation-id', 'demo-1');
  expect({ code: started.code, stderr: started.stderr }).toEqual({ code: 0, stderr: '' });
  // Another command, with an id of its own: the order keeps the one it started with.
  await expect(starter('order', 'result', orderId)).resolves.toMatchObject({ code: 0 });

  expect(statSync(auditFile).mode & 0o777).toBe(0o600);
  const audit = linesOf(readFileSync(auditFile, 'utf8'), orderId);
  expect(audit.map((line) => `${String(line.workflowId)} ${String(line.decision)}`).sort()).toEqual(
    [
      `${orderId} approved`,
      `${orderId} charged`,
      `${orderId} shipped`,
      `${orderId}/line-1 inventory-reserved`,
      `${orderId}/line-2 inventory-reserved`,
    ].sort(),
  );
  expect(audit.filter((line) => line.correlationId !== 'demo-1')).toEqual([]);

  // The worker prints shipOrder's last line as it reports the activity done, which may be after the result arrived.
  await e2e.worker?.waitForLine(new RegExp(`^(?=.*${orderId})(?=.*"shipOrder")(?=.*Activity completed)`), 10_000);
  const logged = linesOf((e2e.worker?.lines ?? []).join('\n'), orderId);
  const activityTypes = new Set(logged.filter((line) => line.correlationId === 'demo-1').map((l) => l.activityType));
  expect(activityTypes).toEqual(new Set([undefined, 'priceSku', 'reserveInventory', 'chargePayment', 'shipOrder']));
  // The SDK logs a workflow's or an activity's start before any interceptor reads its header; every other line has it.
  const sdkStartLines = ['Workflow started', 'Activity started'];
  const without = logged.filter((line) => line.correlationId !== 'demo-1' && !sdkStartLines.includes(String(line.msg)));
  expect(without).toEqual([]);
});

/** The correlation id in an event's header, read as any client would: the `correlation-id` payload's JSON. */
const headerId = (fields?: Headers | null) => {
  const data = fields?.['correlation-id']?.data;
  return data ? (JSON.parse(Buffer.from(data).toString()) as unknown) : undefined;
};

test('schedule create --correlation-id: every run the schedule starts, and its activity, carries that id', async () => {
  const scheduleId = `e2e-correlated-schedule-${Date.now()}`;
  const created = await starter(
    'schedule',
    'create',
    '--id',
    scheduleId,
    '--every',
    '1s',
    '--correlation-id',
    'demo-2',
  );
  expect({ code: created.code, stderr: created.stderr }).toEqual({ code: 0, stderr: '' });

  // The server starts the runs on its own clock, with no starter call in flight: two finished runs make "every run".
  const schedule = e2e.server.client.schedule.getHandle(scheduleId);
  let runIds: string[] = [];
  await waitFor(async () => {
    runIds = (await schedule.describe()).info.recentActions.map((action) => action.action.workflow.workflowId);
    return runIds.length >= 2;
  }, 'the schedule has started two runs');
  await expect(starter('schedule', 'delete', '--id', scheduleId)).resolves.toMatchObject({ code: 0 });
  for (const workflowId of runIds) {
    const handle = e2e.server.client.workflow.getHandle(workflowId);
    await waitFor(async () => (await handle.describe()).status.name === 'COMPLETED', `${workflowId} completed`);
    const { events } = await handle.fetchHistory();
    const started = events?.find((e) => e.workflowExecutionStartedEventAttributes);
    expect(headerId(started?.workflowExecutionStartedEventAttributes?.header?.fields)).toBe('demo-2');
    const activities = (events ?? []).flatMap((e) => e.activityTaskScheduledEventAttributes ?? []);
    expect(activities.map((a) => [a.activityType?.name, headerId(a.header?.fields)])).toEqual([
      ['appendReportLine', 'demo-2'],
    ]);
  }
});
