import type { Command } from 'commander';
import { ApplicationFailure, type Client, type FullActivityId } from '@temporalio/client';
import { type ApprovalRecord, ApprovalsStore, type ApprovalStatus } from '@reference/approvals-store';
import { APPROVAL_REJECTED, ApprovalGrant, ApprovalRejection, parseModel } from '@reference/models';
import { withClient } from '../../connect';
import {
  type ActivityAddress,
  addAddressOptions,
  type AddressOptions,
  describeAddress,
  describeCompletionError,
  parseAddress,
} from './address';

/** The inbox entry the address points at, if the inbox has it (an address may come from elsewhere). */
function findEntry(store: ApprovalsStore, address: ActivityAddress): ApprovalRecord | undefined {
  return address.kind === 'token' ? store.byToken(address.base64) : store.byActivity(address.id);
}

// TypeScript picks no overload of the SDK's complete / fail / heartbeat for a union: each call narrows first.
type Target = Uint8Array | FullActivityId;

/**
 * Sends one answer to the server for the addressed activity; once the server took it, marks the inbox entry
 * decided (when a decision was sent). The server is the authority: an entry the inbox lacks is still answered.
 */
async function answer(
  address: ActivityAddress,
  send: (client: Client, target: Target) => Promise<void>,
  decided?: { status: Exclude<ApprovalStatus, 'pending'>; by: string },
): Promise<string> {
  const store = new ApprovalsStore();
  try {
    const entry = findEntry(store, address);
    await withClient(async (client) => {
      try {
        await send(client, address.kind === 'token' ? address.taskToken : address.id);
      } catch (err) {
        throw describeCompletionError(err, address, entry);
      }
    });
    if (entry && decided) store.decide(entry, decided.status, decided.by);
    return describeAddress(address, entry);
  } finally {
    store.close();
  }
}

/** `starter approval complete | fail | heartbeat`: an approver's answers through `client.activity`. */
export function registerApprovalAnswers(approval: Command): void {
  addAddressOptions(
    approval.command('complete').description('approve: complete the requestApproval activity with the grant'),
  )
    .requiredOption('--by <approver>', 'who approves')
    .option('--comment <text>', 'kept in the result')
    .action(async (options: AddressOptions & { by: string; comment?: string }) => {
      const address = parseAddress(options);
      const grant = parseModel(ApprovalGrant, { approvedBy: options.by, comment: options.comment }, 'approval');
      const what = await answer(
        address,
        (client, target) =>
          target instanceof Uint8Array
            ? client.activity.complete(target, grant)
            : client.activity.complete(target, grant),
        {
          status: 'approved',
          by: grant.approvedBy,
        },
      );
      console.log(`Approved ${what} as ${grant.approvedBy}`);
    });
  addAddressOptions(
    approval.command('fail').description(`reject: fail the requestApproval activity with ${APPROVAL_REJECTED}`),
  )
    .requiredOption('--by <approver>', 'who rejects')
    .requiredOption('--reason <text>', 'why')
    .action(async (options: AddressOptions & { by: string; reason: string }) => {
      const address = parseAddress(options);
      const rejection = parseModel(ApprovalRejection, { rejectedBy: options.by, reason: options.reason }, 'rejection');
      // Non-retryable: a rejection is an answer, not a fault to try again.
      const failure = ApplicationFailure.create({
        type: APPROVAL_REJECTED,
        message: `rejected by ${rejection.rejectedBy}: ${rejection.reason}`,
        nonRetryable: true,
        details: [rejection],
      });
      const what = await answer(
        address,
        (client, target) =>
          target instanceof Uint8Array ? client.activity.fail(target, failure) : client.activity.fail(target, failure),
        {
          status: 'rejected',
          by: rejection.rejectedBy,
        },
      );
      console.log(`Rejected ${what} as ${rejection.rejectedBy}`);
    });
  addAddressOptions(
    approval
      .command('heartbeat')
      .description('say the approval is still being worked on (needed within a heartbeat timeout, if one is set)'),
  )
    .option('--progress <text>', 'heartbeat details, shown by `temporal workflow describe`')
    .action(async (options: AddressOptions & { progress?: string }) => {
      const address = parseAddress(options);
      const details = options.progress === undefined ? undefined : { progress: options.progress };
      const what = await answer(address, (client, target) =>
        target instanceof Uint8Array
          ? client.activity.heartbeat(target, details)
          : client.activity.heartbeat(target, details),
      );
      console.log(`Heartbeat recorded for ${what}`);
    });
}
