import { z } from 'zod';
import { nonBlank } from './fields';

/** What requestApproval puts in the approvals inbox for a person (or another system) to decide on. */
export const ApprovalRequest = z.strictObject({
  subject: nonBlank(200),
  requestedBy: nonBlank(100),
});
export type ApprovalRequest = z.infer<typeof ApprovalRequest>;

/** ApprovalWorkflow's input: the request and how long a decision may take. */
export const ApprovalInput = ApprovalRequest.extend({
  /** The whole wait, retries included (schedule-to-close); default 24 hours, at most 30 days. */
  decideWithinSeconds: z
    .number()
    .int()
    .min(1)
    .max(30 * 86_400)
    .optional(),
  /**
   * When set, whoever holds the task token must heartbeat at least this often; a silent holder times the attempt
   * out, and the retry puts a new token in the inbox. Unset: a decision may take the whole window without a sign.
   */
  heartbeatTimeoutSeconds: z.number().int().min(1).max(86_400).optional(),
});
export type ApprovalInput = z.infer<typeof ApprovalInput>;

/** What an approver completes the activity with (`client.activity.complete`): the activity's result. */
export const ApprovalGrant = z.strictObject({
  approvedBy: nonBlank(100),
  comment: z.string().max(1_000).optional(),
});
export type ApprovalGrant = z.infer<typeof ApprovalGrant>;

/** The details of an ApprovalRejected failure (`client.activity.fail`). */
export const ApprovalRejection = z.strictObject({
  rejectedBy: nonBlank(100),
  reason: nonBlank(1_000),
});
export type ApprovalRejection = z.infer<typeof ApprovalRejection>;

/** ApprovalWorkflow's result. */
export type ApprovalOutcome =
  | ({ status: 'approved' } & ApprovalGrant)
  | ({ status: 'rejected' } & ApprovalRejection)
  | { status: 'expired'; decideWithinSeconds: number };
