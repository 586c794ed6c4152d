import { type WorkflowHandle, WorkflowFailedError } from '@temporalio/client';
import type { Command } from 'commander';
import { type BatchResult, BatchWorkflow, batchProgressQuery, TASK_QUEUE } from '@reference/workflows';
import { withClient } from '../../connect';
import { UserError } from '../../user-error';
import { pendingActivities, retryLine, workerPolls } from '../../waiting';
import { batchHandle, batchId } from './batch-id';
import { BatchProgressBar } from './progress-bar';

const POLL_MS = 250;
/** How often the server is asked about retries and workers, besides the query. */
const DESCRIBE_EVERY_MS = 2_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What the batch waits on besides its pages, in a few words: a page retrying, or no worker at all. */
async function note(handle: WorkflowHandle<typeof BatchWorkflow>, answered: boolean): Promise<string | undefined> {
  const description = await handle.describe();
  const retrying = (await pendingActivities(description)).map(retryLine).find((line) => line !== undefined);
  if (retrying) return retrying;
  if (!answered && !(await workerPolls(handle.client, TASK_QUEUE))) {
    return `no worker polls ${TASK_QUEUE}: start one with \`pnpm dev\``;
  }
  return undefined;
}

/** The deepest cause's message: the page's own failure, not "Activity task failed". */
function rootMessage(err: Error): string {
  let deepest = err;
  while (deepest.cause instanceof Error) deepest = deepest.cause;
  return deepest.message;
}

function summary(workflowId: string, r: BatchResult): string[] {
  const seconds = (r.elapsedMs / 1000).toFixed(1);
  const runs = r.runs === 1 ? '1 run' : `${r.runs} runs`;
  const lines =
    r.status === 'completed'
      ? [`Completed ${workflowId}: ${r.records} records in ${seconds} s (${r.recordsPerSecond} records/s), ${runs}`]
      : [
          `Cancelled ${workflowId} after ${r.processed + r.failed} of ${r.records} records (${seconds} s, ${runs}): ` +
            `${r.pagesDone} of ${r.pages} pages done, ` +
            `${r.cancelledPages.length ? `page(s) ${r.cancelledPages.join(', ')} cancelled, ` : ''}` +
            `page ${r.nextPage} and after never started`,
        ];
  lines.push(
    `${r.processed} processed (${r.stored} stored, ${r.alreadyStored} found stored already), ${r.failed} failed`,
  );
  for (const { line, reason } of r.failures) lines.push(`  line ${line}: ${reason}`);
  if (r.failed > r.failures.length) lines.push(`  … every failed line is in the store's batch_rejects table`);
  return lines;
}

/**
 * Shows the batch's progress bar from its batchProgress query until it ends, then its result. Ctrl-C stops the
 * watching, not the batch.
 */
export async function watchBatch(handle: WorkflowHandle<typeof BatchWorkflow>): Promise<void> {
  const bar = new BatchProgressBar();
  const stop = () => {
    bar.stop();
    console.error(
      `\nStopped watching; ${handle.workflowId} goes on. Pause it with \`batch pause ${handle.workflowId}\`, ` +
        `cancel it with \`cancel ${handle.workflowId}\``,
    );
    process.exit(130);
  };
  process.once('SIGINT', stop);
  let done = false;
  const result = handle.result().finally(() => (done = true));
  // Handled here at once: it may fail while a look is under way, before the loop races it again.
  result.catch(() => undefined);
  try {
    let described = 0;
    let lastNote: string | undefined;
    while (!done) {
      // A query fails while no worker runs the batch, or between two runs: the next look catches up.
      const progress = await handle.query(batchProgressQuery).catch(() => undefined);
      if (Date.now() - described >= DESCRIBE_EVERY_MS) {
        described = Date.now();
        lastNote = await note(handle, progress !== undefined).catch(() => lastNote);
      }
      if (progress) bar.show(progress, lastNote);
      await Promise.race([result.catch(() => undefined), sleep(POLL_MS)]);
    }
    const outcome = await result.catch((err: unknown) => {
      if (err instanceof WorkflowFailedError) throw new UserError(`${handle.workflowId} failed: ${rootMessage(err)}`);
      throw err;
    });
    bar.show({ ...outcome, inFlight: 0, status: outcome.status, window: 0, pageSize: 0 });
    bar.stop();
    for (const line of summary(handle.workflowId, outcome)) console.log(line);
  } finally {
    bar.stop();
    process.removeListener('SIGINT', stop);
  }
}

/** `starter batch watch <id>`: the progress bar of a running batch, or the result of one that has ended. */
export function registerBatchWatch(batch: Command): void {
  batch
    .command('watch')
    .description('show a batch’s progress bar until it ends, then its result (Ctrl-C stops watching, not the batch)')
    .argument('<batch-id>', 'the batch, as `batch start` printed it')
    .action(async (idText: string) => {
      const workflowId = batchId(idText);
      await withClient(async (client) => {
        const { handle } = await batchHandle(client, workflowId);
        await watchBatch(handle as WorkflowHandle<typeof BatchWorkflow>);
      });
    });
}
