import { ClusterError } from './cluster-error';

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every half second until it holds; a ClusterError saying what never happened after `timeoutMs`. */
export async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new ClusterError(`${what} did not happen within ${timeoutMs / 1000} s`);
    await sleep(500);
  }
}
