import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { type FeedWatch, ImportCatalogInput } from '@reference/models';
import { ImportCatalogWorkflow, TASK_QUEUE } from '@reference/workflows';
import { withClient } from '../../connect';
import { validate } from '../../input';
import { executeAndWatch, type PendingActivity } from '../../waiting';
import { filePath, positiveInteger } from '../../argument-parsers';
import { defaultCatalogStore } from './arguments';

interface ImportCatalogOptions {
  store?: string;
  frequent?: boolean;
  pollEvery?: number;
  writesPerSecond?: number;
}

/** What the import waits on, in its own words: the supplier's marker file, then the records as they go in. */
function importLine({ name, attempt, lastFailure, heartbeat }: PendingActivity, feed: string): string | undefined {
  const waiting =
    `waiting for ${feed}.ready, which the supplier writes once the feed is complete: create it with ` +
    `\`touch ${feed}.ready\``;
  const stillWaiting = (looks: number) => `still no ${feed}.ready after ${looks} looks`;
  if (name === 'checkFeedReady' && lastFailure?.type === 'FeedNotReady') {
    const looks = attempt - 1;
    return looks > 1 ? stillWaiting(looks) : waiting;
  }
  if (name === 'waitForFeedReady' && heartbeat) {
    // Frequent polling looks every second or so: a line every ten looks is enough to show it is still at it.
    const { looks } = heartbeat as FeedWatch;
    return looks % 10 === 0 ? stillWaiting(looks) : waiting;
  }
  if (name === 'importCatalogFile' && heartbeat) {
    const { linesDone, imported, rejected } = heartbeat as { linesDone: number; imported: number; rejected: number };
    return `importing: ${linesDone} lines read, ${imported} imported, ${rejected} rejected`;
  }
  return undefined;
}

/** `starter import-catalog <feed> --store <path>`: runs ImportCatalogWorkflow and prints what it imported. */
export function registerImportCatalogCommand(program: Command): void {
  program
    .command('import-catalog')
    .description('execute ImportCatalogWorkflow: wait for <feed>.ready, import the feed, flag near-duplicate products')
    .argument('<feed>', 'supplier feed, JSON Lines of {sku, name, stock, unitPriceCents}', filePath)
    .option(
      '--store <path>',
      'inventory store to import into (default: catalog-store.jsonl in the private state folder)',
      filePath,
    )
    .option(
      '--frequent',
      'frequent polling: one activity looks for <feed>.ready every --poll-every seconds (default 1, at most 60), ' +
        'heartbeating each look; without it each look is an activity attempt, the retry policy the loop',
    )
    .option(
      '--poll-every <seconds>',
      'how often to look for <feed>.ready (default 60; 1 with --frequent)',
      positiveInteger,
    )
    .option('--writes-per-second <n>', 'the inventory store’s write limit (default 100)', positiveInteger)
    .action(async (feedPath: string, options: ImportCatalogOptions) => {
      const input = validate(
        ImportCatalogInput,
        {
          feedPath,
          storePath: options.store ?? defaultCatalogStore(),
          polling: options.frequent ? 'frequent' : undefined,
          pollIntervalSeconds: options.pollEvery,
          writesPerSecond: options.writesPerSecond,
        },
        'the import',
      );
      await withClient(async (client) => {
        const result = await executeAndWatch(
          client,
          ImportCatalogWorkflow,
          {
            taskQueue: TASK_QUEUE,
            workflowId: `import-catalog-${randomUUID()}`,
            args: [input],
          },
          { activityLine: (activity) => importLine(activity, feedPath) },
        );
        console.log(
          `Imported ${result.imported} records, rejected ${result.rejected} (attempt ${result.attempt}, ` +
            `resumed from line ${result.resumedFrom})`,
        );
        for (const { skus, names } of result.duplicates) {
          console.log(`Possible duplicate: ${skus[0]} "${names[0]}" ~ ${skus[1]} "${names[1]}"`);
        }
      });
    });
}
