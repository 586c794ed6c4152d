import { setTimeout as sleep } from 'node:timers/promises';
import { waitFor } from './wait';

test('returns the first value that holds, asking again after a probe that throws', async () => {
  let calls = 0;
  const value = await waitFor(
    async () => {
      calls += 1;
      if (calls === 1) throw new Error('not started yet');
      return calls;
    },
    'the third call',
    { holds: (n) => n >= 3, intervalMs: 10, retryErrors: true },
  );
  expect(value).toBe(3);
});

test('a probe that throws fails the wait at once with its own error, unless told to retry', async () => {
  let calls = 0;
  const failure = new Error('expected shipped, got cancelled');
  const waited = waitFor(() => {
    calls += 1;
    throw failure;
  }, 'the order ships');
  await expect(waited).rejects.toBe(failure);
  expect(calls).toBe(1);
});

test('a timeout names what was awaited and the last value seen', async () => {
  await expect(
    waitFor(() => ({ status: 'running' }), 'the run ends', { holds: () => false, timeoutMs: 200 }),
  ).rejects.toThrow("timed out waiting until the run ends (0.2 s); last value: { status: 'running' }");
});

test('a timeout carries the last error', async () => {
  const failure = new Error('no such workflow');
  const waited = waitFor(
    () => {
      throw failure;
    },
    'the workflow answers',
    { timeoutMs: 200, intervalMs: 10, retryErrors: true },
  );
  await expect(waited).rejects.toThrow(
    'timed out waiting until the workflow answers (0.2 s); last error: no such workflow',
  );
  await expect(waited).rejects.toHaveProperty('cause', failure);
});

test('fails on time while a probe hangs, and starts no probe after the timeout', async () => {
  let calls = 0;
  const started = Date.now();
  await expect(
    waitFor(
      async () => {
        calls += 1;
        await sleep(calls === 1 ? 50 : 1_000);
        return false;
      },
      'a slow probe holds',
      { timeoutMs: 300, intervalMs: 10 },
    ),
  ).rejects.toThrow('timed out waiting until a slow probe holds');
  expect(Date.now() - started).toBeLessThan(600);
  const probesAtTimeout = calls;
  await sleep(1_200);
  expect(calls).toBe(probesAtTimeout);
});
