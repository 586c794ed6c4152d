import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { ImportCatalogWorkflow, TASK_QUEUE } from '@reference/workflows';
import { withClient } from '../connect';
import { filePath, positiveInteger } from './catalog-arguments';

interface ImportCatalogOptions {
  store: string;
  pollEvery?: number;
  writesPerSecond?: number;
}

/** `starter import-catalog <feed> --store <path>`: runs ImportCatalogWorkflow and prints what it imported. */
export function registerImportCatalogCommand(program: Command): void {
  program
    .command('import-catalog')
    .description('execute ImportCatalogWorkflow: wait for <feed>.ready, import the feed, flag near-duplicate products')
    .argument('<feed>', 'supplier feed, JSON Lines of {sku, name, stock, unitPriceCents}', filePath)
    .requiredOption('--store <path>', 'inventory store to import into (JSON Lines, created if missing)', filePath)
    .option('--poll-every <seconds>', 'how often to look for <feed>.ready (default 60)', positiveInteger)
    .option('--writes-per-second <n>', 'the inventory store’s write limit (default 100)', positiveInteger)
    .action(async (feedPath: string, options: ImportCatalogOptions) => {
      await withClient(async (client) => {
        const result = await client.workflow.execute(ImportCatalogWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId: `import-catalog-${randomUUID()}`,
          args: [
            {
              feedPath,
              storePath: options.store,
              pollIntervalSeconds: options.pollEvery,
              writesPerSecond: options.writesPerSecond,
            },
          ],
        });
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
