import { retry } from 'ts-retry-promise';
import { ClusterError } from './cluster-error';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `condition` every half second until it holds; a ClusterError saying what never happened after `timeoutMs`.
 * A condition that throws (a process that exited meanwhile) ends the wait with its error.
 */
export async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  let threw = false;
  const probe = () =>
    condition().catch((err: unknown) => {
      threw = true;
      throw err;
    });
  try {
    await retry(probe, { until: Boolean, timeout: timeoutMs, delay: 500, retries: 'INFINITELY', retryIf: () => false });
  } catch (err) {
    if (threw) throw err;
    throw new ClusterError(`${what} did not happen within ${timeoutMs / 1000} s`);
  }
}
