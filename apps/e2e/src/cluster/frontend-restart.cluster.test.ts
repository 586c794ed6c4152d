import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { frontendAddress, readSettings, SERVER_PROCESSES, stopServerProcess } from '@reference/cluster';
import { LedgerDir } from '../ledger-dir';
import type { BackgroundProcess } from '../processes';
import { startWorkerProcess } from '../worker-process';
import { clusterUp } from './cluster-control';
import { clusterClient, clusterEnv, starter } from './on-cluster';
import { OpenWork } from './open-work';

const HOLD_MS = 10_000;
const address = frontendAddress(readSettings()!);

let worker: BackgroundProcess | undefined;
let client: Client;

beforeAll(async () => {
  client = await clusterClient();
});
afterAll(async () => {
  await worker?.stop();
  await client?.connection.close();
  await clusterUp();
});

test('the frontend restarted while the worker polls: a start during the outage fails in one line, the retry succeeds', async () => {
  const ledger = new LedgerDir();
  worker = await startWorkerProcess({ ...clusterEnv, LEDGER_DIR: ledger.dir, LEDGER_CONFIRM_MS: String(HOLD_MS) });
  const prefix = `frontend-restart-${randomUUID().slice(0, 8)}`;
  const work = await OpenWork.start(client, ledger, { prefix, orders: 10, postings: 10, holdMs: HOLD_MS });
  await work.postingsApplied();

  // SIGTERM, as `pnpm cluster down` stops it: the frontend drains its calls and closes its port.
  await stopServerProcess(SERVER_PROCESSES[0]);
  const failingAt = Date.now();
  const during = await starter(['greet', 'Eve']);
  const failedAfterMs = Date.now() - failingAt;
  expect(during.code).toBe(1);
  expect(during.stdout).toBe('');
  expect(during.stderr.trimEnd().split('\n')).toEqual([
    expect.stringMatching(new RegExp(`^error: cannot reach the Temporal server at ${address.replaceAll('.', '\\.')}`)),
  ]);

  const up = await clusterUp();
  expect(up.started).toEqual(['frontend']);
  const retriedAt = Date.now();
  const retry = await starter(['greet', 'Eve']);
  const retryMs = Date.now() - retriedAt;
  expect({ code: retry.code, stderr: retry.stderr }).toEqual({ code: 0, stderr: '' });
  // Completed by the same worker process, which found the new frontend by itself.
  expect(retry.stdout.trimEnd().split('\n').at(-1)).toBe('Result: Hello, Eve!');
  const figures = await work.expectAllCompletedOnce();
  expect(worker.lines.filter((line) => /^\s+at /.test(line))).toEqual([]);
  console.log(
    [
      `frontend stopped: the starter failed in one line after ${failedAfterMs / 1000} s; \`pnpm cluster up\` started it again in ${up.ms / 1000} s; ` +
        `the retried greeting took ${retryMs / 1000} s (the worker's polls backing off, then resuming)`,
      `all 20 open workflows completed once; highest attempt per activity: ${JSON.stringify(figures.maxAttempt)}`,
    ].join('\n'),
  );
}, 180_000);
