import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Client } from '@temporalio/client';
import { stopPostgres } from '@reference/cluster';
import { LedgerDir } from '../ledger-dir';
import { BackgroundProcess } from '../processes';
import { startWorkerProcess } from '../worker-process';
import { AvailabilityProbe } from './availability';
import { clusterUp, serverPids } from './cluster-control';
import { clusterClient, clusterEnv, starterMain } from './on-cluster';
import { OpenWork } from './open-work';

const HOLD_MS = 20_000;
// Long enough for every server process to find the database gone (their pools' connections fail) and retry.
const DOWN_MS = 10_000;

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

const levelCount = (lines: string[], level: number) =>
  lines.filter((line) => line.includes(`"level":${level},`)).length;
const noStackTrace = (lines: string[]) => expect(lines.filter((line) => /^\s+at /.test(line))).toEqual([]);

test('PostgreSQL stopped (fast shutdown) and started again with workflows open: all complete once, nobody crashes', async () => {
  const ledger = new LedgerDir();
  worker = await startWorkerProcess({ ...clusterEnv, LEDGER_DIR: ledger.dir, LEDGER_CONFIRM_MS: String(HOLD_MS) });
  const prefix = `postgres-restart-${randomUUID().slice(0, 8)}`;
  const work = await OpenWork.start(client, ledger, { prefix, orders: 20, postings: 20, holdMs: HOLD_MS });
  await work.postingsApplied();
  await expect(work.openCount()).resolves.toBe(40);
  const pids = serverPids();

  const probe = new AvailabilityProbe(client, work.workflowIds);
  const stoppedAt = Date.now();
  await stopPostgres();
  // A user's greeting asked for while the database is down: the starter waits it out.
  const greeting = new BackgroundProcess('node', [starterMain, 'greet', 'Dora'], { env: clusterEnv });
  const greeted = greeting.ended().then((code) => ({ code, at: Date.now() }));
  await sleep(DOWN_MS);
  const up = await clusterUp();
  const startedAgainAt = Date.now();
  await probe.answeringSince(startedAgainAt, 60_000);
  const outage = probe.degraded(stoppedAt, Date.now());
  await probe.stop();

  const { code, at: greetedAt } = await greeted;
  expect(code).toBe(0);
  expect(greeting.lines.at(-1)).toBe('Result: Hello, Dora!');
  noStackTrace(greeting.lines);
  const figures = await work.expectAllCompletedOnce();
  // `up` started the database only: every server process rode the outage out.
  expect(up.started).toEqual([]);
  expect(serverPids()).toEqual(pids);
  noStackTrace(worker.lines);
  console.log(
    [
      `PostgreSQL down ${DOWN_MS / 1000} s, started again by \`pnpm cluster up\` in ${up.ms / 1000} s: every open ` +
        `workflow answered again ${outage.ms / 1000} s after the stop; the greeting asked for during it completed ` +
        `${((greetedAt - startedAgainAt) / 1000).toFixed(1)} s after the database was back`,
      `all 40 completed once; highest attempt per activity: ${JSON.stringify(figures.maxAttempt)}; the worker logged ` +
        `${levelCount(worker.lines, 40)} warnings and ${levelCount(worker.lines, 50)} errors`,
    ].join('\n'),
  );
}, 240_000);
