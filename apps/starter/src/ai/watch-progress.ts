import type { QueryDefinition, WorkflowHandle } from '@temporalio/client';
import { pendingRetries } from '../pending-retries';

/**
 * Polls `query` while the workflow runs and prints whatever `describe` says is new, and each activity retry the
 * workflow waits for (after `label`, like the progress lines), then returns the result.
 * Queries go to the latest run, so progress follows the workflow across continue-as-new. A query that fails
 * (the run is between tasks or just continued as new) is skipped: the next poll catches up.
 */
export async function watchProgress<P, R>(
  handle: WorkflowHandle,
  query: QueryDefinition<P>,
  describe: (progress: P) => string[],
  label: string,
  intervalMs = 250,
): Promise<R> {
  const printed = new Set<string>();
  const printOnce = (line: string, key = line) => {
    if (!printed.has(key)) console.log(line);
    printed.add(key);
  };
  const show = (progress: P) => describe(progress).forEach((line) => printOnce(line));
  let done = false;
  const result = (handle.result() as Promise<R>).finally(() => (done = true));
  while (!done) {
    await handle.query(query).then(show, () => undefined);
    await handle.describe().then(
      (description) => pendingRetries(description).forEach(({ key, line }) => printOnce(`${label} ${line}`, key)),
      () => undefined,
    );
    await Promise.race([result.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, intervalMs))]);
  }
  // One last look, so the final steps are shown even when the workflow was quicker than the poll.
  await handle.query(query).then(show, () => undefined);
  return await result;
}
