import type { Command } from 'commander';
import {
  ActivityCancelledError,
  ActivityCompletionError,
  ActivityNotFoundError,
  ActivityPausedError,
  ActivityResetError,
  type FullActivityId,
} from '@temporalio/client';
import type { ApprovalRecord } from '@reference/approvals-store';
import { UserError } from '../../user-error';

export interface AddressOptions {
  token?: string;
  workflowId?: string;
  runId?: string;
  activityId?: string;
}

/** An approval's activity as `client.activity.*` takes it: its task token, or workflow id (+ run id) + activity id. */
export type ActivityAddress =
  | { kind: 'token'; taskToken: Uint8Array; base64: string }
  | { kind: 'id'; id: FullActivityId & { workflowId: string } };

const isBase64 = (text: string) => text.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(text);

export function addAddressOptions(command: Command): Command {
  return command
    .option('--token <base64>', 'the task token, as `approval list` prints it')
    .option('--workflow-id <id>', 'or by id: the workflow that asked, with --activity-id')
    .option('--activity-id <id>', 'the activity id (`approval list` prints it)')
    .option('--run-id <id>', 'the run, when not the latest one of that workflow id');
}

const nonEmpty = (value: string | undefined, flag: string): string => {
  if (value?.trim()) return value.trim();
  throw new UserError(`${flag} must not be empty`);
};

/** The address the options give; exactly one way of addressing, checked before anything connects. */
export function parseAddress({ token, workflowId, runId, activityId }: AddressOptions): ActivityAddress {
  if (token !== undefined) {
    if (workflowId !== undefined || activityId !== undefined || runId !== undefined) {
      throw new UserError('give either --token or --workflow-id with --activity-id, not both');
    }
    const base64 = token.trim();
    if (!isBase64(base64)) throw new UserError('--token is not base64: copy it from `starter approval list`');
    return { kind: 'token', taskToken: Buffer.from(base64, 'base64'), base64 };
  }
  if (workflowId === undefined || activityId === undefined) {
    throw new UserError('say which approval: --token <base64>, or --workflow-id <id> with --activity-id <id>');
  }
  const id = { workflowId: nonEmpty(workflowId, '--workflow-id'), activityId: nonEmpty(activityId, '--activity-id') };
  return { kind: 'id', id: runId === undefined ? id : { ...id, runId: nonEmpty(runId, '--run-id') } };
}

export function describeAddress(address: ActivityAddress, entry?: ApprovalRecord): string {
  if (entry) return `"${entry.subject}" (workflow ${entry.workflowId}, activity ${entry.activityId})`;
  return address.kind === 'token'
    ? 'the activity of that task token'
    : `activity ${address.id.activityId} of workflow ${address.id.workflowId}`;
}

/** What the server's refusal means for the approver, as one line. */
export function describeCompletionError(err: unknown, address: ActivityAddress, entry?: ApprovalRecord): Error {
  const what = describeAddress(address, entry);
  if (err instanceof ActivityNotFoundError) {
    if (entry && entry.status !== 'pending') {
      return new UserError(`${what} was already ${entry.status} by ${entry.decidedBy ?? 'someone'}`);
    }
    return new UserError(
      `nothing is waiting on ${what}: it was completed, failed or timed out already, ` +
        'or a retry replaced its token (see `starter approval list`)',
    );
  }
  if (err instanceof ActivityCancelledError) return new UserError(`the workflow cancelled ${what}: stop working on it`);
  if (err instanceof ActivityPausedError) return new UserError(`${what} is paused`);
  if (err instanceof ActivityResetError) return new UserError(`${what} was reset`);
  if (err instanceof ActivityCompletionError) {
    return new UserError(`the server refused ${what}: ${err.message.split('\n')[0]}`);
  }
  return err instanceof Error ? err : new Error(String(err));
}
