import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { postLedgerEntry } from './ledger-posting';

const workflowExecution = { workflowId: 'ledger-test', runId: 'run-1' };

function calls(dir: string): { idempotencyKey: string; attempt: number; applied: boolean }[] {
  return readFileSync(path.join(dir, 'calls.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { idempotencyKey: string; attempt: number; applied: boolean });
}

describe('postLedgerEntry', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ledger-'));
    process.env.LEDGER_DIR = dir;
    process.env.LEDGER_CONFIRM_MS = '0';
  });

  afterAll(() => {
    delete process.env.LEDGER_DIR;
    delete process.env.LEDGER_CONFIRM_MS;
  });

  test('records the entry under a key made of workflow id and activity id', async () => {
    const env = new MockActivityEnvironment({ workflowExecution, activityId: '1', attempt: 1 });
    await expect(env.run(postLedgerEntry, { account: 'acct-1', amountCents: 1250 })).resolves.toEqual({
      idempotencyKey: 'ledger-test.1',
      account: 'acct-1',
      amountCents: 1250,
      attempt: 1,
    });
    expect(readdirSync(path.join(dir, 'entries'))).toEqual(['ledger-test.1.json']);
  });

  test('the ledger, its entries and its call log are readable by their owner only', async () => {
    process.env.LEDGER_DIR = path.join(dir, 'ledger');
    await new MockActivityEnvironment({ workflowExecution, activityId: '1' }).run(postLedgerEntry, {
      account: 'a',
      amountCents: 1,
    });
    const modeOf = (...parts: string[]) => statSync(path.join(dir, 'ledger', ...parts)).mode & 0o777;
    expect([modeOf(), modeOf('entries'), modeOf('entries', 'ledger-test.1.json'), modeOf('calls.jsonl')]).toEqual([
      0o700, 0o700, 0o600, 0o600,
    ]);
  });

  test('a retry of an applied posting applies nothing and returns what was recorded first', async () => {
    const first = new MockActivityEnvironment({ workflowExecution, activityId: '1', attempt: 1 });
    const retry = new MockActivityEnvironment({ workflowExecution, activityId: '1', attempt: 2 });
    await first.run(postLedgerEntry, { account: 'acct-1', amountCents: 1250 });
    const receipt = await retry.run(postLedgerEntry, { account: 'acct-1', amountCents: 1250 });
    expect(receipt).toMatchObject({ idempotencyKey: 'ledger-test.1', amountCents: 1250, attempt: 2 });
    expect(readdirSync(path.join(dir, 'entries'))).toHaveLength(1);
    expect(calls(dir)).toEqual([
      { idempotencyKey: 'ledger-test.1', attempt: 1, applied: true },
      { idempotencyKey: 'ledger-test.1', attempt: 2, applied: false },
    ]);
  });

  test('another activity of the same workflow is another posting', async () => {
    await new MockActivityEnvironment({ workflowExecution, activityId: '1' }).run(postLedgerEntry, {
      account: 'a',
      amountCents: 1,
    });
    await new MockActivityEnvironment({ workflowExecution, activityId: '2' }).run(postLedgerEntry, {
      account: 'a',
      amountCents: 1,
    });
    expect(readdirSync(path.join(dir, 'entries')).sort()).toEqual(['ledger-test.1.json', 'ledger-test.2.json']);
  });

  test('heartbeats while it confirms, and stops when cancelled', async () => {
    process.env.LEDGER_CONFIRM_MS = '60000';
    const env = new MockActivityEnvironment({ workflowExecution, activityId: '1' });
    const heartbeats: unknown[] = [];
    env.on('heartbeat', (details: unknown) => heartbeats.push(details));
    const running = env.run(postLedgerEntry, { account: 'a', amountCents: 1 });
    while (heartbeats.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    env.cancel();
    await expect(running).rejects.toThrow();
    expect(readdirSync(path.join(dir, 'entries'))).toHaveLength(1);
  });
});
