import type { Command } from 'commander';
import { pauseBatchSignal } from '@reference/workflows';
import { withClient } from '../../connect';
import { UserError } from '../../user-error';
import { batchHandle, batchId } from './batch-id';

/** `starter batch pause <id>` and `batch resume <id>`: the pauseBatch signal. */
export function registerBatchPause(batch: Command): void {
  for (const paused of [true, false]) {
    batch
      .command(paused ? 'pause' : 'resume')
      .description(
        paused
          ? 'pause a batch: no new page starts, the pages in flight finish'
          : 'resume a paused batch where it stopped',
      )
      .argument('<batch-id>', 'the batch, as `batch start` printed it')
      .action(async (idText: string) => {
        const workflowId = batchId(idText);
        await withClient(async (client) => {
          const { handle, description } = await batchHandle(client, workflowId);
          if (description.status.name !== 'RUNNING') {
            throw new UserError(`${workflowId} has ended (${description.status.name.toLowerCase()})`);
          }
          await handle.signal(pauseBatchSignal, { paused });
        });
        console.log(`${paused ? 'Pause' : 'Resume'} sent to ${workflowId}; \`batch watch ${workflowId}\` shows it`);
      });
  }
}
