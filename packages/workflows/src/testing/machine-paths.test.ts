import { machinePaths, withoutMachinePaths } from './machine-paths.test-helpers';
import { recordedHistories } from './recorded-histories.test-helpers';

const json = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64');
const payload = (value: unknown) => ({
  metadata: { encoding: Buffer.from('json/plain').toString('base64') },
  data: json(value),
});

/** What a recording on some machine writes: a scratch folder in an input, a checkout in a stack trace. */
const recorded = {
  input: { payloads: [payload({ feedPath: '/tmp/catalog-Ab12Cd/feed.jsonl', storePath: '/tmp/catalog-Ab12Cd' })] },
  failure: {
    message: 'no greeting in language xx',
    stackTrace:
      'ApplicationFailure: no\n    at greet (/home/me/reference/packages/activities/src/greeting/greet.ts:9:3)',
  },
  binary: { metadata: { encoding: Buffer.from('binary/plain').toString('base64') }, data: 'a/b/c+d==' },
  url: 'see https://docs.temporal.io/develop/typescript and node:internal/process/task_queues',
};

test('finds the machine paths of a recording, in texts and in payloads, and nothing else', () => {
  expect(machinePaths(recorded).sort()).toEqual([
    '/home/me/reference/packages/activities/src/greeting/greet.ts',
    '/tmp/catalog-Ab12Cd',
    '/tmp/catalog-Ab12Cd/feed.jsonl',
  ]);
});

test('replaces them by paths relative to the scratch folder or the checkout', () => {
  const neutral = JSON.parse(withoutMachinePaths(JSON.stringify(recorded))) as typeof recorded;
  expect(machinePaths(neutral)).toEqual([]);
  expect(neutral.input.payloads[0]).toEqual(payload({ feedPath: 'catalog/feed.jsonl', storePath: 'catalog' }));
  expect(neutral.failure.stackTrace).toContain('at greet (packages/activities/src/greeting/greet.ts:9:3)');
  expect(neutral.binary).toEqual(recorded.binary);
  expect(neutral.url).toEqual(recorded.url);
});

test.each([...recordedHistories('histories'), ...recordedHistories('step-histories')])(
  '$file holds no path of the machine it was recorded on',
  ({ history }) => {
    expect(machinePaths(history)).toEqual([]);
  },
);
