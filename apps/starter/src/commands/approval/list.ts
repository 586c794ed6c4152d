import type { Command } from 'commander';
import { type ApprovalRecord, ApprovalsStore } from '@reference/approvals-store';

function line(entry: ApprovalRecord, withStatus: boolean): string {
  const decided = entry.decidedBy ? ` by ${entry.decidedBy}` : '';
  return [
    `${entry.workflowId}  activity ${entry.activityId}  attempt ${entry.attempt}`,
    withStatus ? `${entry.status}${decided}` : undefined,
    `"${entry.subject}" asked by ${entry.requestedBy} at ${entry.requestedAt.toISOString()}`,
    `token ${entry.taskToken}`,
  ]
    .filter(Boolean)
    .join('  ');
}

/** `starter approval list [--all]`: the approvals inbox (APPROVALS_DB); needs no server. */
export function registerApprovalList(approval: Command): void {
  approval
    .command('list')
    .description('list the approvals waiting for a decision, with the task token and ids to answer them by')
    .option('--all', 'decided ones too')
    .action((options: { all?: boolean }) => {
      const store = new ApprovalsStore();
      try {
        const entries = store.list(options.all ? undefined : 'pending');
        if (entries.length === 0) console.log(`No ${options.all ? '' : 'pending '}approvals in ${store.file}`);
        for (const entry of entries) console.log(line(entry, options.all ?? false));
      } finally {
        store.close();
      }
    });
}
