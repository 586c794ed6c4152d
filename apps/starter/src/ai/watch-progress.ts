import type { QueryDefinition, WorkflowHandle } from '@temporalio/client';

/**
 * Polls `query` while the workflow runs and prints whatever `describe` says is new, then returns the result.
 * Queries go to the latest run, so progress follows the workflow across continue-as-new. A query that fails
 * (the run is between tasks or just continued as new) is skipped: the next poll catches up.
 */
export async function watchProgress<P, R>(
  handle: WorkflowHandle,
  query: QueryDefinition<P>,
  describe: (progress: P) => string[],
  intervalMs = 250,
): Promise<R> {
  const printed = new Set<string>();
  const show = (progress: P) => {
    for (const line of describe(progress)) {
      if (printed.has(line)) continue;
      printed.add(line);
      console.log(line);
    }
  };
  let done = false;
  const result = (handle.result() as Promise<R>).finally(() => (done = true));
  while (!done) {
    await handle.query(query).then(show, () => undefined);
    await Promise.race([result.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, intervalMs))]);
  }
  // One last look, so the final steps are shown even when the workflow was quicker than the poll.
  await handle.query(query).then(show, () => undefined);
  return await result;
}
