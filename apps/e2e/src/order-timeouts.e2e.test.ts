import { randomUUID } from 'node:crypto';
import type { temporal } from '@temporalio/proto';
import { waitFor } from '@reference/testing/wait';
import { runStarter } from './starter-process';
import { useServerForProcesses } from './worker-process';

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;
type Timestamp = { seconds?: unknown; nanos?: number | null } | null | undefined;

const e2e = useServerForProcesses({ worker: true });
const S = (...args: string[]) => runStarter(e2e.env, ...args);
const ms = (time: Timestamp) => Number(time?.seconds ?? 0) * 1000 + (time?.nanos ?? 0) / 1e6;

/** An order that waits for approval and continues as new once its history passes 10 events (an added item does it). */
function order() {
  const orderId = `timeout-order-${randomUUID()}`;
  const json = JSON.stringify({
    orderId,
    customerId: 'ada',
    cardNumber: '4242424242424242',
    country: 'GB',
    items: [],
    historyLimit: 10,
  });
  return { orderId, json };
}

/** Adds items until the order has continued as new; returns the history of each run: the first, then the latest. */
async function continueAsNew(
  orderId: string,
): Promise<{ first: HistoryEvent[]; second: () => Promise<HistoryEvent[]> }> {
  const handle = e2e.server.client.workflow.getHandle(orderId);
  const firstRunId = (await handle.describe()).runId;
  await waitFor(async () => {
    if ((await handle.describe()).runId !== firstRunId) return true;
    await handle.signal('addItem', { sku: 'MUG-BLUE', quantity: 1 }).catch(() => undefined);
    return false;
  }, `order ${orderId} has continued as new`);
  const first = (await e2e.server.client.workflow.getHandle(orderId, firstRunId).fetchHistory()).events ?? [];
  return { first, second: async () => (await handle.fetchHistory()).events ?? [] };
}

const started = (events: HistoryEvent[]) => events[0]!.workflowExecutionStartedEventAttributes!;
const timedOutAt = (events: HistoryEvent[]) => {
  const last = events.at(-1)!;
  expect(last.workflowExecutionTimedOutEventAttributes).toBeTruthy();
  return ms(last.eventTime);
};

test('--execution-timeout counts every run: the order times out 6 s after it started, whatever continued as new', async () => {
  const { orderId, json } = order();
  await expect(S('order', 'start', json, '--execution-timeout', '6s', '--run-timeout', '1m')).resolves.toEqual({
    code: 0,
    stdout: [`Started order ${orderId} (execution timeout 6 s, run timeout 60 s)`],
    stderr: [],
  });
  const { first, second } = await continueAsNew(orderId);
  expect(first.at(-1)!.workflowExecutionContinuedAsNewEventAttributes).toBeTruthy();

  const result = await S('order', 'result', orderId);
  expect(result.code).toBe(1);
  expect(result.stderr).toEqual([
    `error: order ${orderId} timed out (TimeoutFailure START_TO_CLOSE): the execution or run timeout it was started with passed`,
  ]);
  const later = await second();
  // The next run carries the first run's expiry: continue-as-new did not start a new 6 s.
  expect(ms(started(later).workflowExecutionExpirationTime)).toBe(ms(started(first).workflowExecutionExpirationTime));
  const firstStart = ms(first[0]!.eventTime);
  const secondStart = ms(later[0]!.eventTime);
  expect(timedOutAt(later) - firstStart).toBeGreaterThanOrEqual(6_000);
  expect(timedOutAt(later) - secondStart).toBeLessThan(6_000);
});

test('--run-timeout counts one run: continue-as-new starts its clock again', async () => {
  const { orderId, json } = order();
  await expect(S('order', 'start', json, '--run-timeout', '8s')).resolves.toMatchObject({
    code: 0,
    stdout: [`Started order ${orderId} (run timeout 8 s)`],
  });
  const { first, second } = await continueAsNew(orderId);
  const result = await S('order', 'result', orderId);
  expect([result.code, result.stderr]).toEqual([
    1,
    [expect.stringContaining(`order ${orderId} timed out (TimeoutFailure START_TO_CLOSE)`)],
  ]);
  const later = await second();
  // The first run ended by continuing as new before its 8 s; the second had 8 s of its own.
  expect(first.at(-1)!.workflowExecutionContinuedAsNewEventAttributes).toBeTruthy();
  expect(timedOutAt(later) - ms(later[0]!.eventTime)).toBeGreaterThanOrEqual(8_000);
  expect(timedOutAt(later) - ms(first[0]!.eventTime)).toBeGreaterThan(8_000);
});
