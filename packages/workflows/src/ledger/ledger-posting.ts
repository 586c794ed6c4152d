import { proxyActivities } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import type { LedgerEntry, LedgerReceipt } from '@reference/models';
import { checkWorkflowInput } from '@reference/models/wire';

// The heartbeat timeout is what notices a crashed worker: its attempt is retried within seconds, not minutes. The SDK
// sends heartbeats at most every 80% of it, so 3 s left a busy worker 0.6 s of slack; 10 s leaves 2 s.
const { postLedgerEntry } = proxyActivities<typeof activities>({
  startToCloseTimeout: '2 minutes',
  heartbeatTimeout: '10 seconds',
});

/**
 * Posts one entry to the ledger and returns the ledger's receipt. The activity is keyed by an idempotency key, so
 * retries after a crash never post twice. Workflow type on the wire: LedgerPostingWorkflow.
 */
export async function LedgerPostingWorkflow(entry: LedgerEntry): Promise<LedgerReceipt> {
  return await postLedgerEntry(checkWorkflowInput('LedgerPostingWorkflow', entry));
}
