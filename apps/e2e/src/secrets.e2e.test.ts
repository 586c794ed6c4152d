import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, WithStartWorkflowOperation } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createDataConverter } from '@reference/data-converter';
import { sealCard } from '@reference/payment-tokens';
import { CheckoutWorkflow, submitPaymentUpdate, TASK_QUEUE } from '@reference/workflows';
import { BackgroundProcess, run } from './processes';
import { startDevServer, startWorkerProcess } from './worker-process';

// Two cards the gateway charges without a script (both pass the Luhn check), one for the order, one for the checkout.
const ORDER_CARD = '4111111111111111';
const CHECKOUT_CARD = '5555555555554444';
const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');

// Everything the worker and the starter write goes under one folder: the dev server's database included.
const dir = mkdtempSync(path.join(tmpdir(), 'secrets-'));
let server: TestWorkflowEnvironment;
let worker: BackgroundProcess;
let env: NodeJS.ProcessEnv;
const printed: string[] = [];

beforeAll(async () => {
  server = await startDevServer({
    dbFilename: path.join(dir, 'dev-server.sqlite'),
  });
  env = {
    ...process.env,
    TEMPORAL_ADDRESS: server.address,
    LOG_LEVEL: 'debug',
    APPROVALS_DB: path.join(dir, 'approvals.sqlite'),
    LEDGER_DIR: path.join(dir, 'ledger'),
    REPORTS_FILE: path.join(dir, 'reports.jsonl'),
  };
  worker = await startWorkerProcess(env);
});
afterAll(async () => {
  await worker?.stop('SIGKILL');
  await server?.teardown();
  rmSync(dir, { recursive: true, force: true });
});

async function starter(...args: string[]): Promise<void> {
  const { code, stdout, stderr } = await run('node', [starterMain, ...args], { env });
  printed.push(stdout, stderr);
  expect({ args, code, stderr }).toEqual({ args, code: 0, stderr: '' });
}

/** Every file under `folder`, with its bytes. */
function files(folder: string): { file: string; bytes: Buffer }[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((name) => path.join(folder, name))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ file, bytes: readFileSync(file) }));
}

test('after an order and a checkout, no history, log or file holds a card number in the clear', async () => {
  const order = { orderId: 'secret-order', customerId: 'ada', cardNumber: ORDER_CARD, country: 'GB', coolOffMs: 10 };
  await starter('order', 'start', JSON.stringify({ ...order, items: [{ sku: 'KETTLE', quantity: 1 }] }));
  await starter('order', 'approve', 'secret-order', 'bo');
  await starter('order', 'result', 'secret-order');
  expect(printed.join('')).toMatch(/"status":"fulfilled"/);

  // A checkout as a web shop's backend would send it: the card sealed by the payment page, never its number.
  const client = new Client({ connection: server.connection, dataConverter: createDataConverter(env) });
  const checkout = new WithStartWorkflowOperation(CheckoutWorkflow, {
    workflowId: 'secret-checkout',
    taskQueue: TASK_QUEUE,
    args: [{ orderId: 'secret-checkout', amountCents: 2_500, country: 'GB' }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  const authorised = await client.workflow.executeUpdateWithStart(submitPaymentUpdate, {
    args: [sealCard(CHECKOUT_CARD, env)],
    startWorkflowOperation: checkout,
  });
  expect(authorised.cardLast4).toBe('4444');
  await expect((await checkout.workflowHandle()).result()).resolves.toMatchObject({ status: 'shipped' });

  const histories = await Promise.all(
    ['secret-order', 'secret-checkout'].map(async (id) => ({
      file: `history of ${id}`,
      bytes: Buffer.from(
        temporal.api.history.v1.History.encode(await client.workflow.getHandle(id).fetchHistory()).finish(),
      ),
    })),
  );
  const logs = [{ file: 'worker and starter output', bytes: Buffer.from(worker.lines.join('\n') + printed.join('')) }];
  const everything = [...histories, ...logs, ...files(dir)];
  // The server's database keeps payloads as they were sent: the order's items are there to be read, so a card would be.
  const database = everything.filter(({ file }) => /dev-server\.sqlite/.test(file));
  expect(database.some(({ bytes }) => bytes.includes('KETTLE'))).toBe(true);
  for (const card of [ORDER_CARD, CHECKOUT_CARD]) {
    const holding = everything.filter(({ bytes }) => bytes.includes(card)).map(({ file }) => file);
    expect({ card, holding }).toEqual({ card, holding: [] });
  }
  // The charges did happen, on the cards' last four digits: what the workflows may show.
  expect(histories[0]!.bytes.includes('1111')).toBe(true);
});
