import { MockActivityEnvironment } from '@temporalio/testing';
import { calculate, searchKnowledgeBase } from './tools';

const env = new MockActivityEnvironment();
// MockActivityEnvironment.run loses the activity's types; this keeps them.
const run = <A extends unknown[], R>(fn: (...args: A) => Promise<R>, ...args: A) =>
  env.run<A, R, typeof fn>(fn, ...args);

test('calculate applies one operation', async () => {
  await expect(run(calculate, { a: 12, op: '*', b: 7 })).resolves.toBe(84);
  await expect(run(calculate, { a: 1, op: '/', b: 4 })).resolves.toBe(0.25);
});

test.each([[{ a: 1, op: '/', b: 0 }], [{ a: 'one', op: '+', b: 1 }], [{ a: 1, op: '^', b: 2 }]])(
  'calculate refuses %p with a non-retryable InvalidToolArguments',
  async (args) => {
    await expect(run(calculate, args as never)).rejects.toMatchObject({
      type: 'InvalidToolArguments',
      nonRetryable: true,
    });
  },
);

test('searchKnowledgeBase finds the notes that share words with the query, best first', async () => {
  const hits = await run(searchKnowledgeBase, { query: 'schedule-to-close timeouts' });
  expect(hits[0]?.source).toBe('kb://timeouts');
  await expect(run(searchKnowledgeBase, { query: 'zebra' })).resolves.toEqual([]);
  await expect(run(searchKnowledgeBase, { query: '  ' })).rejects.toMatchObject({ type: 'InvalidToolArguments' });
});
