import { LedgerDir } from './ledger-dir';
import { run } from './processes';
import { useServerForProcesses } from './worker-process';

const ledger = new LedgerDir();
const e2e = useServerForProcesses({ worker: true, env: { LEDGER_DIR: ledger.dir } });

async function starter(...args: string[]): Promise<string[]> {
  const { code, stdout, stderr } = await run('pnpm', ['--filter', 'starter', 'start', ...args], { env: e2e.env });
  expect(stderr).not.toMatch(/error/);
  expect(code).toBe(0);
  return stdout.split('\n').filter((line) => line.startsWith('Result: '));
}

test('`starter ledger-post` prints the receipt; the same workflow id twice posts once', async () => {
  const entry = '{"account":"acct-9","amountCents":4200}';
  const receipt = 'Result: {"idempotencyKey":"pay-42.1","account":"acct-9","amountCents":4200,"attempt":1}';
  await expect(starter('ledger-post', entry, '--workflow-id', 'pay-42')).resolves.toEqual([receipt]);
  await expect(starter('ledger-post', entry, '--workflow-id', 'pay-42')).resolves.toEqual([receipt]);
  expect(ledger.entries()).toEqual(['pay-42.1.json']);
  expect(ledger.calls().map((call) => call.applied)).toEqual([true, false]);
});

test('`starter fan-out 50` runs 50 activities and prints the count', async () => {
  await expect(starter('fan-out', '50')).resolves.toEqual([expect.stringMatching(/^Result: 50 \(\d+ ms\)$/)]);
});
