import { lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createDataConverter } from '@reference/data-converter';
import { notPrivate } from './not-private';
import { BackgroundProcess, run } from './processes';
import { startDevServer, startWorkerProcess } from './worker-process';

// Two cards the gateway charges without a script (both pass the Luhn check), one for the order, one for the checkout.
const ORDER_CARD = '4111111111111111';
const CHECKOUT_CARD = '5555555555554444';
const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');

// Everything the worker and the starter write goes under one folder: the dev server's database, and the private state
// folder each keeps in its temporary folder (the approvals inbox, the ledger, the audit trail, the gateway's key).
const dir = mkdtempSync(path.join(tmpdir(), 'secrets-'));
const stateDir = path.join(dir, `temporal-reference-${process.getuid?.() ?? 'user'}`);
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
    TMPDIR: dir,
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
    .filter((file) => lstatSync(file).isFile())
    .map((file) => ({ file, bytes: readFileSync(file) }));
}

test('after an order and a checkout, no history, log or file holds a card number in the clear', async () => {
  const order = { orderId: 'secret-order', customerId: 'ada', cardNumber: ORDER_CARD, country: 'GB', coolOffMs: 10 };
  await starter('order', 'start', JSON.stringify({ ...order, items: [{ sku: 'KETTLE', quantity: 1 }] }));
  await starter('order', 'approve', 'secret-order', 'bo');
  await starter('order', 'result', 'secret-order');
  expect(printed.join('')).toMatch(/"status":"fulfilled"/);

  // The checkout as a user pays: the starter seals the card as a payment page would, the workflow sees a token.
  await starter('checkout', 'secret-checkout', '--amount', '2500', '--country', 'GB', '--card', CHECKOUT_CARD);
  const client = new Client({ connection: server.connection, dataConverter: createDataConverter(env) });
  await expect(client.workflow.getHandle('secret-checkout').result()).resolves.toMatchObject({ status: 'shipped' });

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
  const kept = ['audit.jsonl', 'payment-gateway-key.pem'];
  expect(kept.filter((name) => !readdirSync(stateDir).includes(name))).toEqual([]);
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

test("the private state folder is its user's only: the folder 0700, every folder in it 0700, every file 0600", () => {
  expect(readdirSync(stateDir)).toEqual(expect.arrayContaining(['audit.jsonl', 'payment-gateway-key.pem']));
  expect(notPrivate(stateDir)).toEqual([]);
});
