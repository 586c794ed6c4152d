import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { privateStateDir } from '@reference/local-state';
import { Context } from '@temporalio/activity';
import type { LedgerEntry, LedgerReceipt } from '@reference/models';

/**
 * The ledger stands in for an external system: one file per idempotency key under LEDGER_DIR, and an append-only
 * log of every call. LEDGER_CONFIRM_MS is how long it takes to confirm a posting it has already applied, the window
 * in which a crash leaves an applied effect whose activity has not completed.
 */
function ledgerSettings(): { dir: string; confirmMs: number } {
  return {
    dir: process.env.LEDGER_DIR ?? path.join(privateStateDir(), 'ledger'),
    confirmMs: Number(process.env.LEDGER_CONFIRM_MS ?? 0),
  };
}

/**
 * Posts `entry` exactly once however often it is retried: the key comes from the workflow id and activity id,
 * which stay the same across attempts, and an entry file created exclusively ('wx') is the dedupe.
 */
export async function postLedgerEntry(entry: LedgerEntry): Promise<LedgerReceipt> {
  const { info } = Context.current();
  // A standalone activity (no workflow) is keyed by its own activity id, which is unique on its namespace.
  const idempotencyKey = info.workflowExecution
    ? `${info.workflowExecution.workflowId}.${info.activityId}`
    : info.activityId;
  const { dir, confirmMs } = ledgerSettings();
  // Owner only, like any store of account data.
  await mkdir(path.join(dir, 'entries'), { recursive: true, mode: 0o700 });
  const entryFile = path.join(dir, 'entries', `${encodeURIComponent(idempotencyKey)}.json`);
  let applied = true;
  try {
    await writeFile(entryFile, JSON.stringify(entry), { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    applied = false;
  }
  const call = { idempotencyKey, attempt: info.attempt, applied };
  await appendFile(path.join(dir, 'calls.jsonl'), `${JSON.stringify(call)}\n`, { mode: 0o600 });
  await confirm(confirmMs);
  const recorded = JSON.parse(await readFile(entryFile, 'utf8')) as LedgerEntry;
  return { idempotencyKey, ...recorded, attempt: info.attempt };
}

/** Waits `ms`, heartbeating each second so a crashed worker's attempt is retried within the heartbeat timeout. */
async function confirm(ms: number): Promise<void> {
  const { cancellationSignal } = Context.current();
  for (let left = ms; left > 0; left -= 1_000) {
    Context.current().heartbeat();
    await sleep(Math.min(left, 1_000), undefined, { signal: cancellationSignal });
  }
}
