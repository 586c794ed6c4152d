import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from '@temporalio/client';
import type { Payload } from '@temporalio/common';
import { DefaultLogger, type LogEntry, Runtime, Worker } from '@temporalio/worker';
import { CORRELATION_HEADER, withCorrelationId } from '@reference/correlation';
import { CorrelationPlugin } from '@reference/correlation-worker';
import { useTestServer } from '@reference/testing';
import {
  addItemSignal,
  addItemToOrderUpdate,
  approveOrderSignal,
  GreetingWorkflow,
  orderProgressQuery,
  TASK_QUEUE,
} from '..';
import { auditLinesOf } from '../testing/audit-lines.test-helpers';
import { progressWhen, startOrder } from './order.test-helpers';

// Every line the worker logs (workflows through their logger sink, activities through their context), kept to be read.
const lines: LogEntry[] = [];
Runtime.install({ logger: new DefaultLogger('DEBUG', (entry) => lines.push(entry)) });
const server = useTestServer({ runWorker: true });

/** A line's attributes, read as unknowns. */
const meta = (line: LogEntry): Record<string, unknown> => line.meta ?? {};

/** The lines logged by a workflow whose id starts with `workflowId` (its children's included) or its activities. */
function linesOf(workflowId: string): LogEntry[] {
  return lines.filter((line) => {
    const id = meta(line).workflowId;
    return typeof id === 'string' && id.startsWith(workflowId);
  });
}

/** An activity's lines carry the id once its header is read: every line but the SDK's own 'Activity started'. */
function activityLinesOf(workflowId: string): LogEntry[] {
  return linesOf(workflowId).filter(
    (line) => meta(line).activityId !== undefined && line.message !== 'Activity started',
  );
}

/** The run ids of a workflow from its first run, following each continue-as-new. */
async function runChain(workflowId: string, firstRunId: string): Promise<string[]> {
  const runIds = [firstRunId];
  for (;;) {
    const history = await server.env.client.workflow.getHandle(workflowId, runIds.at(-1)).fetchHistory();
    const next = history.events?.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
    if (!next) return runIds;
    runIds.push(next);
  }
}

/** A client of the test server whose starts, signals and queries carry `header` as the correlation id's header. */
function clientSending(header: Payload): Client {
  const withHeader = <T extends { headers: Record<string, Payload> }>(input: T): T => ({
    ...input,
    headers: { ...input.headers, [CORRELATION_HEADER]: header },
  });
  return new Client({
    connection: server.env.connection,
    dataConverter: server.dataConverter,
    interceptors: {
      workflow: [
        {
          start: (input, next) => next(withHeader(input)),
          signal: (input, next) => next(withHeader(input)),
          query: (input, next) => next(withHeader(input)),
        },
      ],
    },
  });
}

describe('an order with children and a continue-as-new, started with a correlation id', () => {
  const correlationId = `order-test-${randomUUID()}`;
  let orderId: string;
  let runIds: string[];

  beforeAll(async () => {
    const handle = await withCorrelationId(correlationId, async () => {
      const started = await startOrder(server.env, {
        historyLimit: 40,
        coolOffMs: 10,
        items: [
          { sku: 'TEA-GREEN', quantity: 2 },
          { sku: 'MUG-BLUE', quantity: 1 },
        ],
      });
      for (let i = 0; i < 12; i += 1) {
        await started.executeUpdate(addItemToOrderUpdate, { args: [{ sku: 'KETTLE', quantity: 1 }] });
      }
      await progressWhen(started, (p) => p.runsContinued > 0);
      await started.signal(approveOrderSignal, { approvedBy: 'manager-bo' });
      await expect(started.result()).resolves.toMatchObject({ status: 'fulfilled' });
      return started;
    });
    orderId = handle.workflowId;
    runIds = await runChain(orderId, handle.firstExecutionRunId);
  });

  test('every activity of the order and of its children logs the id, and so does each run', () => {
    const activities = activityLinesOf(orderId);
    expect(new Set(activities.map((line) => meta(line).activityType))).toEqual(
      new Set(['priceSku', 'reserveInventory', 'chargePayment', 'shipOrder']),
    );
    expect(activities.filter((line) => meta(line).correlationId !== correlationId)).toEqual([]);
    // The activities of the order and of its 14 lines (2 items, then 12 added), each line a child workflow.
    const lineIds = Array.from({ length: 14 }, (_, i) => `${orderId}/line-${i + 1}`);
    expect(new Set(activities.map((line) => meta(line).workflowId))).toEqual(new Set([orderId, ...lineIds]));
    const loggedRuns = linesOf(orderId)
      .filter((line) => meta(line).activityId === undefined && meta(line).workflowId === orderId)
      .filter((line) => meta(line).correlationId === correlationId)
      .map((line) => meta(line).runId);
    expect(runIds.length).toBeGreaterThanOrEqual(2);
    expect(new Set(loggedRuns)).toEqual(new Set(runIds));
    expect(
      linesOf(orderId).filter((line) => ![undefined, correlationId].includes(meta(line).correlationId as string)),
    ).toEqual([]);
  });

  test('every audit line of the order and of its children has the id, one per decision', () => {
    const audit = auditLinesOf(orderId);
    expect(audit.filter((line) => line.correlationId !== correlationId)).toEqual([]);
    const decisions = audit.map((line) => `${String(line.workflowType)} ${String(line.decision)}`);
    expect(decisions.sort()).toEqual(
      [
        ...Array.from({ length: 14 }, () => 'OrderLineWorkflow inventory-reserved'),
        'OrderWorkflow approved',
        'OrderWorkflow charged',
        'OrderWorkflow shipped',
      ].sort(),
    );
    expect(audit.find((line) => line.decision === 'approved')).toMatchObject({
      runId: runIds.at(-1),
      approvedBy: 'manager-bo',
    });
  });

  test('replaying its histories writes no audit line', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'audit-replay-')), 'audit.jsonl');
    for (const runId of runIds) {
      const history = await server.env.client.workflow.getHandle(orderId, runId).fetchHistory();
      await Worker.runReplayHistory(
        { workflowBundle: server.workflowBundle, plugins: [new CorrelationPlugin(file)] },
        history,
      );
    }
    expect(existsSync(file)).toBe(false);
  });
});

test('a client that sends no header gets the id of the workflow’s first run, never an error', async () => {
  const handle = await server.env.client.workflow.start(GreetingWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: `greeting-${randomUUID()}`,
    args: ['Ada'],
  });
  await expect(handle.result()).resolves.toContain('Ada');
  const activities = activityLinesOf(handle.workflowId);
  expect(activities.length).toBeGreaterThan(0);
  expect(activities.map((line) => meta(line).correlationId)).toEqual(activities.map(() => handle.firstExecutionRunId));
});

test.each([
  ['a JSON number', { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('42') }],
  ['a string with spaces', { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('"a b"') }],
  ['unreadable JSON', { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('{not json') }],
])('a malformed header (%s) is ignored with a warning, never a failed workflow task', async (_, header) => {
  const handle = await clientSending(header).workflow.start(GreetingWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: `greeting-${randomUUID()}`,
    args: ['Bo'],
  });
  await expect(handle.result()).resolves.toContain('Bo');
  const warnings = linesOf(handle.workflowId).filter((line) => line.level === 'WARN');
  expect(warnings.map((line) => line.message)).toEqual([
    expect.stringContaining(`ignored the ${CORRELATION_HEADER} header`) as unknown,
  ]);
  expect(activityLinesOf(handle.workflowId).map((line) => meta(line).correlationId)).toContain(
    handle.firstExecutionRunId,
  );
  const history = await handle.fetchHistory();
  expect(history.events?.some((event) => event.workflowTaskFailedEventAttributes)).toBe(false);
});

describe('signals, updates and queries carry the sending client’s id to the workflow', () => {
  const own = `messages-own-${randomUUID()}`;
  const other = `messages-other-${randomUUID()}`;
  let orderId: string;

  beforeAll(async () => {
    const handle = await withCorrelationId(own, () => startOrder(server.env, { coolOffMs: 10 }));
    orderId = handle.workflowId;
    const item = { sku: 'MUG-BLUE', quantity: 1 };
    // Each message waits for the workflow to have seen the last, so the lines come in the order they were sent.
    await withCorrelationId(own, async () => {
      await handle.signal(addItemSignal, item);
      await handle.executeUpdate(addItemToOrderUpdate, { args: [item] });
      await progressWhen(handle, (p) => p.itemCount === 3);
    });
    await withCorrelationId(other, async () => {
      await handle.signal(addItemSignal, item);
      await handle.executeUpdate(addItemToOrderUpdate, { args: [item] });
      await progressWhen(handle, (p) => p.itemCount === 5);
    });
    const malformed = { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('"a b"') };
    const stranger = clientSending(malformed).workflow.getHandle(orderId);
    await stranger.query(orderProgressQuery);
    await stranger.signal(addItemSignal, item);
    await progressWhen(handle, (p) => p.itemCount === 6);
    await withCorrelationId(own, () => handle.signal(approveOrderSignal, { approvedBy: 'manager-bo' }));
    await expect(handle.result()).resolves.toMatchObject({ status: 'fulfilled' });
  });

  /** The order's own lines (not its children's, nor its activities'). */
  const orderLines = () => lines.filter((line) => meta(line).workflowId === orderId && !meta(line).activityId);

  test('a signal or update with another id is logged with it; one with the workflow’s own id, or a query, is not', () => {
    const noted = orderLines().filter((line) => line.message.includes('came with another correlation id'));
    expect(noted.map((line) => [line.message, meta(line).messageCorrelationId, meta(line).correlationId])).toEqual([
      ['signal addItem came with another correlation id', other, own],
      ['update addItemToOrder came with another correlation id', other, own],
    ]);
  });

  test('a malformed header on a query or a signal is ignored with a warning; the workflow keeps its id', async () => {
    const warnings = orderLines().filter((line) => line.level === 'WARN');
    expect(warnings.map((line) => [line.message, meta(line).correlationId])).toEqual([
      [`ignored the ${CORRELATION_HEADER} header of query orderProgress: ${notPrintable}`, own],
      [`ignored the ${CORRELATION_HEADER} header of signal addItem: ${notPrintable}`, own],
    ]);
    const history = await server.env.client.workflow.getHandle(orderId).fetchHistory();
    expect(history.events?.some((event) => event.workflowTaskFailedEventAttributes)).toBe(false);
    expect(auditLinesOf(orderId).filter((line) => line.correlationId !== own)).toEqual([]);
  });
});

const notPrintable = 'not 1 to 128 printable ASCII characters without spaces';
