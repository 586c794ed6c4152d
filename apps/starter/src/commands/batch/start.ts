import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { privateStateDir } from '@reference/local-state';
import { BatchInput, parseModel, writeSampleBatchSource } from '@reference/models';
import { BatchWorkflow, TASK_QUEUE } from '@reference/workflows';
import { withClient } from '../../connect';
import { UserError } from '../../user-error';
import { filePath, positiveInteger } from '../../argument-parsers';
import { watchBatch } from './watch';

/** The most records `batch start --records` writes: 10 million lines are about 500 MB. */
const MAX_GENERATED_RECORDS = 10_000_000;

interface StartOptions {
  records?: number;
  invalid?: number;
  source?: string;
  store?: string;
  window?: number;
  page?: number;
  maxHistoryEvents?: number;
  watch?: boolean;
}

/** What to process, checked before anything connects: a file given, or how many records to generate. */
function sourceOption({ records, invalid = 0, source }: StartOptions): { file: string } | { records: number } {
  if ((records === undefined) === (source === undefined)) {
    throw new UserError('say what to process: --records <n> to generate a source, or --source <file>');
  }
  if (source !== undefined) {
    if (invalid > 0) throw new UserError('--invalid goes with --records: a given source is processed as it is');
    return { file: source };
  }
  if (records! > MAX_GENERATED_RECORDS) throw new UserError(`--records is at most ${MAX_GENERATED_RECORDS}`);
  if (invalid > records!) throw new UserError(`--invalid (${invalid}) is more than --records (${records})`);
  return { records: records! };
}

/** A generated source, in the private state folder of the user running starter and worker (the worker reads it). */
async function writeSource(workflowId: string, records: number, invalid: number): Promise<string> {
  const dir = path.join(privateStateDir(), 'batches');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${workflowId}.jsonl`);
  await writeSampleBatchSource(file, records, invalid);
  return file;
}

/** `starter batch start`: writes a source of records (or takes one) and starts BatchWorkflow on it. */
export function registerBatchStart(batch: Command): void {
  batch
    .command('start')
    .description('start BatchWorkflow on a generated source of --records records, or on --source')
    .option('--records <n>', `write a source of this many records (at most ${MAX_GENERATED_RECORDS})`, positiveInteger)
    .option('--invalid <n>', 'of those, how many fail validation (spread evenly; default 0)', positiveInteger)
    .option('--source <file>', 'process this JSON Lines file instead, one {"sku","priceCents"} a line', filePath)
    .option('--store <file>', 'the SQLite store (default batch.sqlite in the private state folder)', filePath)
    .option('--window <n>', 'pages in flight at once (default 8)', positiveInteger)
    .option('--page <n>', 'records per page (default 500)', positiveInteger)
    .option(
      '--max-history-events <n>',
      'continue as new before a run’s history passes this (default 1000)',
      positiveInteger,
    )
    .option('--watch', 'then show its progress bar until it ends, as `batch watch` does')
    .action(async (options: StartOptions) => {
      const workflowId = `batch-${randomBytes(4).toString('hex')}`;
      const source = sourceOption(options);
      // Checked here, before a source is written or anything connects: the same schema the worker checks.
      const input = parseModel(
        BatchInput,
        {
          sourcePath: 'file' in source ? source.file : '(written once connected)',
          storePath: options.store ?? path.join(privateStateDir(), 'batch.sqlite'),
          window: options.window,
          pageSize: options.page,
          maxHistoryEvents: options.maxHistoryEvents,
        },
        'batch',
      );
      await withClient(async (client) => {
        if ('records' in source) input.sourcePath = await writeSource(workflowId, source.records, options.invalid ?? 0);
        const handle = await client.workflow.start(BatchWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId,
          args: [input],
        });
        console.log(`Started ${workflowId}: ${input.sourcePath} into ${input.storePath}`);
        if (options.watch) await watchBatch(handle);
        else console.log(`Watch it with \`batch watch ${workflowId}\``);
      });
    });
}
