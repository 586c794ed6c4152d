import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FaultMatrixTable, Invariant } from '@reference/testing';
import { LedgerPostingWorkflow } from '..';

/** The ledger's log of calls (LEDGER_DIR/calls.jsonl): which idempotency key each attempt posted, if any. */
function postings(): Array<{ idempotencyKey: string; applied: boolean }> {
  const file = path.join(process.env.LEDGER_DIR ?? '', 'calls.jsonl');
  if (!process.env.LEDGER_DIR || !existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as { idempotencyKey: string; applied: boolean });
}

const postedOnce: Invariant = {
  name: 'each ledger key posted once',
  violations: (context) => {
    const workflowId = context.id('ledger');
    const applied = postings().filter((call) => call.applied && call.idempotencyKey.startsWith(`${workflowId}.`));
    const keys = applied.map((call) => call.idempotencyKey);
    return keys.filter((key, i) => keys.indexOf(key) !== i).map((key) => `${key} was posted twice`);
  },
};

export const faultMatrix: FaultMatrixTable = {
  LedgerPostingWorkflow: [
    {
      name: 'posts an entry',
      activities: ['postLedgerEntry'],
      invariants: [postedOnce],
      run: async (context) => {
        const handle = await context.client().workflow.start(LedgerPostingWorkflow, {
          taskQueue: context.taskQueue,
          workflowId: context.id('ledger'),
          args: [{ account: 'acct-1', amountCents: 1_250 }],
        });
        context.track(handle);
      },
    },
  ],
};
