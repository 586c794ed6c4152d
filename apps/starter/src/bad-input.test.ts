import { expectRefusedBeforeConnecting, runStarter } from './run-starter.test-helpers';

test('an unreachable server is one line naming the address and how to start a server', async () => {
  // A starter that retried for ever would be killed at runStarter's timeout, with no such line: the wait ends by itself.
  const { code, stdout, stderr } = await runStarter([]);
  expect(code).not.toBe(0);
  expect(stdout).toBe('');
  expect(stderr.trim().split('\n')).toEqual([
    expect.stringMatching(/^error: cannot reach the Temporal server at 127\.0\.0\.1:1 .*temporal server start-dev/),
  ]);
});

test.each([[''], ['   ']])('the empty name %p is refused before connecting', async (name) => {
  const { code, stderr } = await runStarter(['greet', name]);
  expect(code).not.toBe(0);
  expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('the name must not be blank')]);
});

// A typo is never a name to greet: it starts nothing and names the command meant.
test.each([
  [['shedule'], "error: unknown command 'shedule' (Did you mean schedule?)"],
  [['ordr', 'result', 'order-1'], "error: unknown command 'ordr' (Did you mean order?)"],
  [['gret', 'Ada'], "error: unknown command 'gret' (Did you mean greet?)"],
])('the unknown command %j is refused with a suggestion, before connecting', async (args, message) => {
  const { code, stdout, stderr } = await runStarter(args);
  expect(code).not.toBe(0);
  expect(stdout).toBe('');
  expect(stderr.trim().split('\n')).toEqual([message]);
});

test('an unknown option is one line and a non-zero exit', async () => {
  const { code, stderr } = await runStarter(['--colour']);
  expect(code).not.toBe(0);
  expect(stderr.trim().split('\n')).toEqual(["error: unknown option '--colour'"]);
});

test('--help describes the greet command', async () => {
  const { code, stdout } = await runStarter(['--help']);
  expect(code).toBe(0);
  expect(stdout).toContain('greet [options] [name]');
});

test.each([
  [['--email', 'not-an-email'], 'customer.email:'],
  [['--id', 'INV-1x'], 'invoiceId: must look like INV-123'],
  [['--currency', 'XYZ'], 'currency:'],
])('invoice send %p is refused before connecting, naming the field', async (override, field) => {
  const options: Record<string, string> = {
    '--id': 'INV-1',
    '--customer': 'Ada',
    '--email': 'ada@example.com',
    '--amount': '12.34',
    '--due': '2099-01-01',
  };
  options[override[0]!] = override[1]!;
  const { code, stdout, stderr } = await runStarter(['invoice', 'send', ...Object.entries(options).flat()]);
  expect(code).not.toBe(0);
  expect(stdout).toBe('');
  // Not the unreachable-server error: validation came first, so nothing connected and nothing started.
  expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^error: invalid invoice: .*${field}`))]);
});

// A date is YYYY-MM-DD: 31/12/2026 or a day that does not exist is refused by the option, naming the form.
test.each([
  [['send', '--due', '31/12/2026'], "option '--due <date>' argument '31/12/2026' is invalid. a date like 2026-12-31."],
  [['send', '--due', '2026-02-30'], "option '--due <date>' argument '2026-02-30' is invalid. a date like 2026-12-31."],
  [
    ['pay', 'INV-1', '--paid-at', 'yesterday'],
    "option '--paid-at <time>' argument 'yesterday' is invalid. a time like 2026-12-31T09:30:00Z or a date like 2026-12-31.",
  ],
])('invoice %j is refused before connecting', (args, message) =>
  expectRefusedBeforeConnecting(['invoice', ...args], `error: ${message}`),
);

test('invoice send with an amount that is not money is refused by the option parser', async () => {
  const { code, stderr } = await runStarter(['invoice', 'send', '--id', 'INV-1', '--amount', '12.345']);
  expect(code).not.toBe(0);
  expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('an amount like 123.45')]);
});

test('a JSON argument given as @file that cannot be read is one line naming the file, before connecting', () =>
  expectRefusedBeforeConnecting(
    ['ledger-post', '@no-such-entry.json'],
    'error: cannot read the ledger entry from no-such-entry.json (ENOENT)',
  ));
