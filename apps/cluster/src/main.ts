#!/usr/bin/env node
import { Command } from 'commander';
import { ClusterError } from './cluster-error';
import { down } from './down';
import { status } from './status';
import { up } from './up';

const program = new Command('cluster')
  .description('A multi-process Temporal Server on PostgreSQL with mTLS, all its state in .temporal/cluster')
  .showSuggestionAfterError()
  .configureOutput({ outputError: (message, write) => write(message) });
program
  .command('up')
  .description('build what is missing, start PostgreSQL and the five server processes, register the namespaces')
  .action(up);
program
  .command('down')
  .description('stop every cluster process; the data stays unless --wipe')
  .option('--wipe', 'delete the state folder too (database, certificates, profile)', false)
  .action(down);
program
  .command('status')
  .description('each process, its pid, whether it serves, its memory (exit code 1 unless all serve)')
  .action(async () => {
    if (!(await status())) process.exitCode = 1;
  });

program.parseAsync().catch((err: unknown) => {
  // A ClusterError is for the user; anything else is one line too, never a stack trace.
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  console.error(`cluster: ${err instanceof ClusterError ? '' : 'unexpected error: '}${message}`);
  process.exitCode = 1;
});
