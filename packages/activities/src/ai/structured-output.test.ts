import { MockActivityEnvironment } from '@temporalio/testing';
import { z } from 'zod';
import { generateSearchQueries, planResearch } from './research';
import { completeStructured } from './structured-output';

// LLM_PROVIDER unset: the offline model, through the real client library.
const env = new MockActivityEnvironment();
// MockActivityEnvironment.run loses the activity's types; this keeps them.
const run = <A extends unknown[], R>(fn: (...args: A) => Promise<R>, ...args: A) =>
  env.run<A, R, typeof fn>(fn, ...args);

test('a valid answer comes back parsed and typed by the schema', async () => {
  const plan = await run(planResearch, { question: 'How do retries work?', maxSubtopics: 2 });
  expect(plan.subtopics).toHaveLength(2);
  const queries = await run(generateSearchQueries, { subtopic: plan.subtopics[0]! });
  expect(queries.length).toBeGreaterThan(0);
});

test('an answer that breaks the schema is a typed, non-retryable InvalidModelOutput carrying the answer', async () => {
  await expect(run(planResearch, { question: 'x !invalid-json', maxSubtopics: 2 })).rejects.toMatchObject({
    type: 'InvalidModelOutput',
    nonRetryable: true,
    details: ['{"unexpected":"shape"}'],
  });
});

test('an answer that is not JSON at all is the same typed failure', async () => {
  // The offline model answers an unknown prompt in prose.
  await expect(run(completeStructured, z.object({ a: z.number() }), 'unknown prompt', 'hi')).rejects.toMatchObject({
    type: 'InvalidModelOutput',
    message: 'the model did not answer with JSON',
  });
});
