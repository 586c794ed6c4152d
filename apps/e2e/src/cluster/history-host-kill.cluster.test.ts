import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import { waitFor } from '@reference/testing/wait';
import { LedgerDir } from '../ledger-dir';
import { BackgroundProcess } from '../processes';
import { startWorkerProcess } from '../worker-process';
import { AvailabilityProbe } from './availability';
import { acquiredShards, clusterUp, killServer, logFrom } from './cluster-control';
import { clusterClient, clusterEnv, starterMain } from './on-cluster';
import { OpenWork } from './open-work';

// Long enough that none of the 100 can finish before the kill on a loaded machine; short enough for CI.
const HOLD_MS = 30_000;

let worker: BackgroundProcess | undefined;
let client: Client;

beforeAll(async () => {
  client = await clusterClient();
});
afterAll(async () => {
  await worker?.stop();
  await client?.connection.close();
  // Whatever happened above, the next test file finds all five processes serving.
  await clusterUp();
});

test('a history host SIGKILLed with 100 workflows open, then restarted: its shards move and come back, all complete once', async () => {
  const ledger = new LedgerDir();
  worker = await startWorkerProcess({ ...clusterEnv, LEDGER_DIR: ledger.dir, LEDGER_CONFIRM_MS: String(HOLD_MS) });
  const prefix = `history-kill-${randomUUID().slice(0, 8)}`;
  const work = await OpenWork.start(client, ledger, { prefix, orders: 50, postings: 50, holdMs: HOLD_MS });
  await work.postingsApplied();
  await expect(work.openCount()).resolves.toBe(100);

  const survivorLog = logFrom('history-2');
  const probe = new AvailabilityProbe(client, work.workflowIds);
  const killedAt = Date.now();
  await killServer('history-1');
  // A user's greeting asked for while the shards have no owner: the starter waits it out.
  const greeting = new BackgroundProcess('node', [starterMain, 'greet', 'Fay'], { env: clusterEnv });
  // history-2 takes over the dead host's shards once the membership ring has dropped it.
  await probe.answeringSince(killedAt, 120_000);
  const failover = probe.degraded(killedAt, Date.now());
  const takenOver = acquiredShards(survivorLog());
  expect(takenOver.length).toBeGreaterThan(0);

  const restartedLog = logFrom('history-1');
  const restartedAt = Date.now();
  const up = await clusterUp();
  expect(up.started).toEqual(['history-1']);
  await waitFor(() => acquiredShards(restartedLog()).length > 0, 'the restarted host acquires shards', {
    timeoutMs: 60_000,
  });
  await probe.answeringSince(Date.now(), 60_000);
  const rebalance = probe.degraded(restartedAt, Date.now());
  await probe.stop();

  await expect(greeting.ended()).resolves.toBe(0);
  expect(greeting.lines.at(-1)).toBe('Result: Hello, Fay!');
  const figures = await work.expectAllCompletedOnce();
  // The worker rode it out: same process, still polling.
  expect(worker.lines.join('\n')).not.toMatch(/Worker failed|^\s+at /m);
  console.log(
    [
      `history-1 SIGKILLed with 100 open: every open workflow answered again after ${failover.ms / 1000} s ` +
        `(at worst ${failover.worstRound} of 100 unanswered in a round); history-2 acquired shards ${takenOver.join(', ')}`,
      `restarted by \`pnpm cluster up\` in ${up.ms / 1000} s; history-1 acquired shards ` +
        `${acquiredShards(restartedLog()).join(', ')}; degraded ${rebalance.ms / 1000} s while they moved back ` +
        `(at worst ${rebalance.worstRound} unanswered)`,
      `all 100 completed once; highest attempt per activity: ${JSON.stringify(figures.maxAttempt)}`,
    ].join('\n'),
  );
}, 300_000);
