import type { Command } from 'commander';
import { registerBatchPause } from './pause';
import { registerBatchStart } from './start';
import { registerBatchWatch } from './watch';

/** `starter batch start | watch | pause | resume`: BatchWorkflow, its progress bar and its pause signal. */
export function registerBatchCommands(program: Command): void {
  const batch = program
    .command('batch')
    .description('process a source of records through a sliding window of pages (BatchWorkflow)');
  registerBatchStart(batch);
  registerBatchWatch(batch);
  registerBatchPause(batch);
}
