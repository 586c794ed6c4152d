import { randomBytes } from 'node:crypto';
import { run } from './processes';
import { useServerForProcesses } from './worker-process';

// The worker encrypts; the starter is given the same keys unless a test leaves them out.
const keys = { TEMPORAL_ENCRYPTION_KEYS: `2026-11:${randomBytes(32).toString('base64')}` };
const e2e = useServerForProcesses({ worker: true, env: keys });

/** The starter's output against the dev server: a failure is one line on stderr with a non-zero exit. */
async function starter(args: string[], env: NodeJS.ProcessEnv = e2e.env): Promise<string> {
  const { code, stdout, stderr } = await run('pnpm', ['--silent', '--filter', 'starter', 'start', ...args], { env });
  const lines = `${stdout}${stderr}`.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(code === 0).toBe(!stderr);
  return lines[0]!;
}

const send = (id: string) =>
  starter([
    'invoice',
    'send',
    '--id',
    id,
    '--customer',
    'Ada',
    '--email',
    'ada@example.com',
    '--amount',
    '12.34',
    '--due',
    '2099-01-01',
  ]);

test('an invoice id is used once: a second send says the invoice is open and how to pay it, a third that it is paid', async () => {
  await expect(send('INV-71')).resolves.toBe('Started invoice-INV-71: 1234 cents EUR, due 2099-01-01');
  await expect(send('INV-71')).resolves.toMatch(
    /^error: INV-71 is already sent and open \((open|sent)\): pay it with `invoice pay INV-71 --amount 12\.34 --reference <ref>`$/,
  );
  await expect(starter(['invoice', 'pay', 'INV-71', '--amount', '12.34', '--reference', 'SEPA-1'])).resolves.toMatch(
    /^Paid INV-71: receipt \d+/,
  );
  await expect(starter(['invoice', 'pay', 'INV-71', '--amount', '12.34', '--reference', 'SEPA-2'])).resolves.toMatch(
    /^error: INV-71 (is already paid|is closed \(paid\): it takes no more payments)$/,
  );
  await expect(send('INV-71')).resolves.toBe(
    'error: INV-71 was used before (paid): an invoice id is used once, so send it with a new id',
  );
});

test('paying an invoice that was never sent says so and how to send it', async () => {
  await expect(starter(['invoice', 'pay', 'INV-404', '--amount', '1.00', '--reference', 'R'])).resolves.toBe(
    'error: no invoice INV-404 on this server: send it first with `invoice send --id INV-404 …`',
  );
});

test('a starter without the worker’s keys names the setting it lacks', async () => {
  const { TEMPORAL_ENCRYPTION_KEYS: _, ...withoutKeys } = e2e.env;
  await expect(starter(['greet', 'Ada'], withoutKeys)).resolves.toBe(
    'error: a payload is encrypted (key "2026-11") and no keys are configured here: set TEMPORAL_ENCRYPTION_KEYS ' +
      '(or TEMPORAL_ENCRYPTION_KEYS_FILE) to the keys the worker uses',
  );
});
