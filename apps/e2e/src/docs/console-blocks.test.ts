import {
  consoleCommands,
  expectsFailure,
  matchesOutput,
  mentionRuns,
  starterCommandsMentioned,
} from './console-blocks';

const doc = [
  'Run `S greet Ada` or `pnpm --filter starter start fan-out <n>`; `S invoice send --id INV-1 …` too.',
  '```console',
  '$ S greet Ada',
  'Result: Hello, Ada!',
  '$ S order result order-9',
  '…',
  'error: OutOfStock: …',
  '```',
  '```sh',
  'pnpm --silent --filter starter start ledger-post @entry.json   # posts once',
  '```',
].join('\n');

test('a console block is its commands, each with the lines under it', () => {
  expect(consoleCommands(doc, 'doc.md')).toEqual([
    { at: 'doc.md:3', command: 'S greet Ada', expected: ['Result: Hello, Ada!'] },
    { at: 'doc.md:5', command: 'S order result order-9', expected: ['…', 'error: OutOfStock: …'] },
  ]);
});

test('output matches line by line, `…` standing for what varies and a `…` line for any lines', () => {
  expect(matchesOutput(['Result: Hello, Ada!'], 'Result: Hello, Ada!\n')).toBe(true);
  expect(matchesOutput(['Result: Hello, Ada!'], 'Result: Hello, Bob!')).toBe(false);
  expect(matchesOutput(['Result: Hello, Ada!'], 'Result: Hello, Ada!\nmore')).toBe(false);
  expect(matchesOutput(['Result: … (… ms)'], 'Result: 100 (123 ms)')).toBe(true);
  expect(matchesOutput(['a', '…', 'z'], 'a\nz')).toBe(true);
  expect(matchesOutput(['a', '…', 'z'], 'a\nb\nc\nz')).toBe(true);
  expect(matchesOutput(['a', '…', 'z'], 'a\nb\ny')).toBe(false);
  expect(matchesOutput(['[x] (y)'], '[x] (y)')).toBe(true);
  expect(expectsFailure(['…', 'error: OutOfStock: …'])).toBe(true);
  expect(expectsFailure(['Result: Hello, Ada!'])).toBe(false);
});

test('starter commands mentioned outside console blocks, and whether a block runs them', () => {
  const mentions = starterCommandsMentioned(doc);
  // `S fan-out <n>` is a template, not a command: left out.
  expect(mentions).toEqual(['S ledger-post @entry.json', 'S greet Ada', 'S invoice send --id INV-1 …']);
  const run = ['S greet Ada', 'S invoice send --id INV-1 --amount 1.00'];
  expect(mentions.map((mention) => mentionRuns(mention, run))).toEqual([false, true, true]);
});
