import { ClusterError } from './cluster-error';
import { waitFor } from './wait-for';

test('resolves once the condition holds', async () => {
  let calls = 0;
  await waitFor(async () => ++calls === 2, 'the second call', 5_000);
  expect(calls).toBe(2);
});

test('a timeout is a ClusterError saying what did not happen', async () => {
  const waited = waitFor(async () => false, 'frontend serving', 1_000);
  await expect(waited).rejects.toThrow(new ClusterError('frontend serving did not happen within 1 s'));
  await expect(waited).rejects.toBeInstanceOf(ClusterError);
});

test('a condition that throws ends the wait with its error', async () => {
  const exited = new ClusterError('history-1 exited with code 1');
  await expect(waitFor(() => Promise.reject(exited), 'history-1 serving', 60_000)).rejects.toBe(exited);
});
