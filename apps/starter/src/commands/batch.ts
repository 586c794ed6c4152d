import type { Command } from 'commander';
import { registerBatchPause } from './batch/pause';
import { registerBatchStart } from './batch/start';
import { registerBatchWatch } from './batch/watch';

/** `starter batch start | watch | pause | resume`: BatchWorkflow, its progress bar and its pause signal. */
export function registerBatchCommands(program: Command): void {
  const batch = program
    .command('batch')
    .description('process a source of records through a sliding window of pages (BatchWorkflow)');
  registerBatchStart(batch);
  registerBatchWatch(batch);
  registerBatchPause(batch);
}
