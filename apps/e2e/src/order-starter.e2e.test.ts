import path from 'node:path';
import { run, type RunResult } from './processes';
import { useServerForProcesses } from './worker-process';

const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');

const e2e = useServerForProcesses({ worker: true });

function starter(...args: string[]): Promise<RunResult> {
  return run('node', [starterMain, ...args], { env: e2e.env });
}

let orders = 0;
function order(overrides: object = {}): { id: string; json: string } {
  orders += 1;
  const id = `e2e-order-${Date.now()}-${orders}`;
  const input = { orderId: id, customerId: 'ada', cardNumber: '4242424242424242', country: 'GB', coolOffMs: 10 };
  return { id, json: JSON.stringify({ ...input, items: [{ sku: 'KETTLE', quantity: 1 }], ...overrides }) };
}

/**
 * What a command ends with, and its exit code: its last line on stdout (`order result` shows the saga's steps before
 * the result), or on failure its one line on stderr.
 */
async function line(...args: string[]): Promise<[number | null, string]> {
  const { code, stdout, stderr } = await starter(...args);
  if (code === 0) return [code, stdout.trimEnd().split('\n').at(-1) ?? ''];
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  return [code, stderr.trimEnd()];
}

test('start, add an item, set and read a custom attribute, approve, wait for the result', async () => {
  const { id, json } = order();
  await expect(line('order', 'start', json)).resolves.toEqual([0, `Started order ${id}`]);
  await expect(line('order', 'add-item', id, '{"sku":"MUG-BLUE","quantity":2}')).resolves.toEqual([
    0,
    `Order ${id} now has 2 items`,
  ]);
  await expect(line('order', 'signal', id, 'attr:giftMessage', 'Happy birthday')).resolves.toEqual([
    0,
    `Sent attr:giftMessage to order ${id}`,
  ]);
  await expect(line('order', 'update', id, 'attr:deliveryNote', 'by the door')).resolves.toEqual([0, 'Result: null']);
  await expect(line('order', 'query', id, 'attr:giftMessage')).resolves.toEqual([0, '"Happy birthday"']);
  await expect(line('order', 'query', id, 'orderStatus')).resolves.toEqual([0, '"awaiting-approval"']);
  await expect(line('order', 'approve', id, 'bo')).resolves.toEqual([0, `Approved order ${id}`]);
  const [code, result] = await line('order', 'result', id);
  expect(code).toBe(0);
  expect(JSON.parse(result.replace(/^Result: /, ''))).toMatchObject({
    orderId: id,
    status: 'fulfilled',
    itemCount: 2,
    totalCents: 4500 + 2 * 1800,
  });
  await expect(line('order', 'add-item', id, '{"sku":"MUG-BLUE","quantity":1}')).resolves.toEqual([
    1,
    `error: order ${id} has ended (completed): it takes no more messages; \`order result ${id}\` shows how it ended`,
  ]);
});

test('signal-with-start approves in the same call; update-with-start creates the order, then adds to it', async () => {
  const approved = order();
  await expect(line('order', 'start', approved.json, '--approved-by', 'bo')).resolves.toEqual([
    0,
    `Started order ${approved.id}, approved by bo`,
  ]);
  await expect(line('order', 'result', approved.id)).resolves.toEqual([0, expect.stringContaining('"fulfilled"')]);

  const lazy = order({ items: [] });
  const item = '{"sku":"TEA-GREEN","quantity":1}';
  await expect(line('order', 'add-item', lazy.id, item, '--start-with', lazy.json)).resolves.toEqual([
    0,
    `Order ${lazy.id} now has 1 item`,
  ]);
  await expect(line('order', 'add-item', lazy.id, item, '--start-with', lazy.json)).resolves.toEqual([
    0,
    `Order ${lazy.id} now has 2 items`,
  ]);
  await line('order', 'cancel', lazy.id);
});

test('a rejected update, an unknown order and a failed order are one line each, with a non-zero exit', async () => {
  const approved = order({ coolOffMs: 60_000 });
  await line('order', 'start', approved.json, '--approved-by', 'bo');
  await expect(line('order', 'add-item', approved.id, '{"sku":"TEA-GREEN","quantity":1}')).resolves.toEqual([
    1,
    `error: the update was rejected: order ${approved.id} is approved; it takes no more items`,
  ]);
  await line('order', 'cancel', approved.id);
  const full = order({ maxItems: 1 });
  await line('order', 'start', full.json);
  const item = '{"sku":"TEA-GREEN","quantity":1}';
  await expect(line('order', 'add-item', full.id, item)).resolves.toEqual([
    1,
    `error: the update was rejected: order ${full.id} is full (1 items)`,
  ]);
  await expect(line('order', 'approve', 'no-such-order', 'bo')).resolves.toEqual([
    1,
    'error: no order no-such-order on this server',
  ]);
  const declined = order({ cardNumber: '4242424242424241' });
  await line('order', 'start', declined.json, '--approved-by', 'bo');
  await expect(line('order', 'result', declined.id)).resolves.toEqual([
    1,
    `error: PaymentDeclined: order ${declined.id} failed: the card number is invalid`,
  ]);
  const cancelled = order();
  await line('order', 'start', cancelled.json);
  await expect(line('order', 'cancel', cancelled.id)).resolves.toEqual([
    0,
    `Cancellation requested for order ${cancelled.id}`,
  ]);
  await expect(line('order', 'result', cancelled.id)).resolves.toEqual([
    1,
    `error: order ${cancelled.id} was cancelled`,
  ]);
});

test('cancel --reason runs CancelOrderWorkflow: the reason is on the order, which ends cancelled', async () => {
  const { id, json } = order();
  await line('order', 'start', json);
  await expect(line('order', 'cancel', id, '--reason', 'changed my mind')).resolves.toEqual([
    0,
    `Cancellation requested for order ${id}: changed my mind`,
  ]);
  await expect(line('order', 'query', id, 'cancellationReason')).resolves.toEqual([0, '"changed my mind"']);
  await expect(line('order', 'result', id)).resolves.toEqual([1, `error: order ${id} was cancelled`]);
});
