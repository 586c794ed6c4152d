import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { LedgerDir } from '../ledger-dir';
import { BackgroundProcess } from '../processes';
import { startWorkerProcess } from '../worker-process';
import { clusterClient, clusterEnv, starterMain } from './on-cluster';
import { OpenWork } from './open-work';

const HOLD_MS = 15_000;

const workers: BackgroundProcess[] = [];
let client: Client;

beforeAll(async () => {
  client = await clusterClient();
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop('SIGKILL')));
  await client?.connection.close();
});

test('the worker SIGKILLed mid-order on the cluster: a new one finishes everything, nothing lost or done twice', async () => {
  const ledger = new LedgerDir();
  const env = { ...clusterEnv, LEDGER_DIR: ledger.dir, LEDGER_CONFIRM_MS: String(HOLD_MS) };
  const first = await startWorkerProcess(env);
  workers.push(first);
  const prefix = `worker-kill-${randomUUID().slice(0, 8)}`;
  const work = await OpenWork.start(client, ledger, { prefix, orders: 20, postings: 20, holdMs: HOLD_MS });
  await work.postingsApplied();
  await expect(work.openCount()).resolves.toBe(40);
  // A user waiting on an order meanwhile: the starter keeps waiting through the crash.
  const waiting = new BackgroundProcess('node', [starterMain, 'order', 'result', work.workflowIds[0]!], {
    env: clusterEnv,
  });
  await first.stop('SIGKILL');

  // The new worker has an empty cache: it replays each order's history before going on, issuing nothing twice.
  const restartedAt = Date.now();
  workers.push(await startWorkerProcess(env));
  const figures = await work.expectAllCompletedOnce();
  await expect(waiting.ended()).resolves.toBe(0);
  expect(JSON.parse(waiting.lines.at(-1)!.replace(/^Result: /, ''))).toMatchObject({ status: 'fulfilled' });
  // Every posting was confirming when the worker died: its receipt comes from a retry that found the entry made.
  expect(figures.maxAttempt.postLedgerEntry).toBeGreaterThanOrEqual(2);
  expect(ledger.calls().filter((call) => !call.applied).length).toBeGreaterThanOrEqual(20);
  console.log(
    `worker SIGKILLed with 40 open: all completed once ${(Date.now() - restartedAt) / 1000} s after a new one ` +
      `started; highest attempt per activity: ${JSON.stringify(figures.maxAttempt)}`,
  );
}, 180_000);
