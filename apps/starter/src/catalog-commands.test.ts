import { expectRefusedBeforeConnecting, runStarter } from './run-starter.test-helpers';

const importArgs = ['import-catalog', 'feed.jsonl', '--store', 'store.jsonl'];
const quoteArgs = ['quote-order', '--store', 's.jsonl', '--price-lists', 'lists', '--supplier', 'acme'];

// Each case is refused with one line naming the problem, before the starter tries to connect.
test.each([
  [[...importArgs, '--poll-every', '0'], "option '--poll-every <seconds>' argument '0' is invalid"],
  [['import-catalog'], "missing required argument 'feed'"],
  [[...importArgs.slice(0, 2), '--store', ' '], "option '--store <path>' argument ' ' is invalid"],
  [[...quoteArgs, '--line', 'SKU-1:0'], 'expected SKU:QUANTITY with a quantity above 0'],
  [[...quoteArgs, '--line', 'A:1', '--supplier', '../etc'], "option '--supplier <name>' argument '../etc' is invalid"],
  [[...quoteArgs, '--line', 'A:1', '--deadline', '1.5'], "option '--deadline <seconds>' argument '1.5' is invalid"],
])('%j is refused: %s', (args, message) => expectRefusedBeforeConnecting(args, message));

test('valid arguments get as far as connecting (and no further, with the server down)', async () => {
  const { code, stderr } = await runStarter([...quoteArgs, '--line', 'SKU-1:2', '--supplier', 'globex']);
  expect(code).not.toBe(0);
  expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('cannot reach the Temporal server')]);
});

test('quote-order --help lists its options', async () => {
  const { code, stdout } = await runStarter(['quote-order', '--help']);
  expect(code).toBe(0);
  expect(stdout).toContain('--line <sku:quantity>');
});
