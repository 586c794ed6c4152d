import { randomUUID } from 'node:crypto';
import type { Command } from 'commander';
import { z } from 'zod';
import { LedgerEntry } from '@reference/models';
import { LedgerPostingWorkflow, TASK_QUEUE } from '@reference/workflows';
import { withClient } from '../connect';
import { parseJsonInput, validate } from '../input';
import { executeAndWatch } from '../waiting';

const workflowId = z.string().trim().min(1).max(255);

const description = { what: 'the ledger entry', example: '{"account":"acct-1","amountCents":1250}' };

/** `starter ledger-post <entry>`: executes LedgerPostingWorkflow and prints the ledger's receipt. */
export function registerLedgerPostCommand(program: Command): void {
  program
    .command('ledger-post')
    .description('execute LedgerPostingWorkflow: post one entry to the ledger, exactly once, and print the receipt')
    .argument('<entry>', `the entry as JSON, for example '${description.example}'`)
    .option('--workflow-id <id>', 'the workflow id, which makes the idempotency key (default: a new UUID)')
    .action(async (text: string, options: { workflowId?: string }) => {
      const entry = parseJsonInput(LedgerEntry, text, description);
      const id = validate(workflowId, options.workflowId ?? `ledger-${randomUUID()}`, 'the workflow id');
      await withClient(async (client) => {
        const receipt = await executeAndWatch(client, LedgerPostingWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId: id,
          args: [entry],
        });
        console.log(`Result: ${JSON.stringify(receipt)}`);
      });
    });
}
