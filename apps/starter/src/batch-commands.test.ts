import { expectRefusedBeforeConnecting, runStarter } from './run-starter.test-helpers';

// Each case is refused with one line naming the problem, before the starter connects or writes a source.
test.each([
  [['batch', 'start'], 'say what to process: --records <n> to generate a source, or --source <file>'],
  [['batch', 'start', '--records', '10', '--source', 'records.jsonl'], 'say what to process'],
  [['batch', 'start', '--records', '0'], "option '--records <n>' argument '0' is invalid"],
  [['batch', 'start', '--records', '20000000'], '--records is at most 10000000'],
  [['batch', 'start', '--records', '10', '--invalid', '11'], '--invalid (11) is more than --records (10)'],
  [['batch', 'start', '--source', 'records.jsonl', '--invalid', '1'], '--invalid goes with --records'],
  [['batch', 'start', '--records', '10', '--window', '2001'], 'invalid batch: window: Too big'],
  [
    ['batch', 'start', '--records', '10', '--window', '100', '--max-history-events', '200'],
    'invalid batch: maxHistoryEvents: must be at least 1260 for a window of 100',
  ],
  [['batch', 'watch', ' '], 'the batch id is invalid: must not be empty'],
  [['batch', 'wach', 'batch-1'], "unknown command 'wach' (Did you mean watch?)"],
])('%j is refused: %s', (args, message) => expectRefusedBeforeConnecting(args, message));

test('valid arguments get as far as connecting (and no further, with the server down)', async () => {
  const { code, stderr } = await runStarter(['batch', 'start', '--records', '10', '--window', '2', '--page', '5']);
  expect(code).not.toBe(0);
  expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('cannot reach the Temporal server')]);
});
