import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { QuoteOrderInput, type QuoteLine } from '@reference/models';
import { QuoteOrderWorkflow, TASK_QUEUE } from '@reference/workflows';
import { validate } from '../../input';
import { withClient } from '../../connect';
import { executeAndWatch } from '../../waiting';
import { filePath, positiveInteger } from '../../argument-parsers';
import { defaultCatalogStore, orderLines, supplierNames } from './arguments';

interface QuoteOrderOptions {
  store?: string;
  priceLists: string;
  supplier: string[];
  line: QuoteLine[];
  deadline?: number;
  supplierTaskQueue?: string;
}

/** `starter quote-order ...`: runs QuoteOrderWorkflow and prints the best quote per line. */
export function registerQuoteOrderCommand(program: Command): void {
  program
    .command('quote-order')
    .description('execute QuoteOrderWorkflow: ask every supplier to price every line, keep the cheapest')
    .option(
      '--store <path>',
      'inventory store written by import-catalog (default: the one it writes by default)',
      filePath,
    )
    .requiredOption('--price-lists <dir>', 'directory of supplier price lists, <supplier>.json', filePath)
    .requiredOption('--supplier <name>', 'a supplier to ask (repeatable)', supplierNames)
    .requiredOption('--line <sku:quantity>', 'an order line (repeatable)', orderLines)
    .option('--deadline <seconds>', 'how long suppliers get to answer (default 30)', positiveInteger)
    .option(
      '--supplier-task-queue <name>',
      "ask the suppliers' own worker on this task queue first; on my-task-queue if none takes a quote within 5 s",
    )
    .action(async (options: QuoteOrderOptions) => {
      const request = validate(
        QuoteOrderInput,
        {
          storePath: options.store ?? defaultCatalogStore(),
          priceListDir: options.priceLists,
          suppliers: options.supplier,
          lines: options.line,
          deadlineSeconds: options.deadline,
          supplierTaskQueue: options.supplierTaskQueue,
        },
        'the quote request',
      );
      await withClient(async (client) => {
        const quote = await executeAndWatch(client, QuoteOrderWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId: `quote-order-${randomUUID()}`,
          args: [request],
        });
        for (const line of quote.lines) {
          const best = line.best
            ? `best ${line.best.supplier} at ${line.best.unitPriceCents} cents each, ${line.best.totalCents} in all`
            : 'no quote';
          const failed = line.failures.map((f) => `${f.supplier} (${f.reason})`).join(', ');
          console.log(
            `${line.sku} x${line.quantity} "${line.name}": ${best}${failed ? `; no offer from ${failed}` : ''}`,
          );
        }
        if (quote.deadlineReached) console.log('The deadline passed before every supplier had answered.');
      });
    });
}
