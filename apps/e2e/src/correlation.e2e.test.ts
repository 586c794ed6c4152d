import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from './processes';
import { useServerForProcesses } from './worker-process';

const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');
const auditFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'audit-e2e-')), 'state', 'audit.jsonl');
const e2e = useServerForProcesses({ worker: true, env: { AUDIT_FILE: auditFile, LOG_LEVEL: 'debug' } });

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
