import { z } from 'zod';
import { crossFieldCheck } from './cross-field-check';
import { nonBlank, wholeNumber } from './fields';

const resourceId = nonBlank(200);
const workflowId = nonBlank(1_000);
/** How long a holder may keep the lock before it goes to the next waiter, released or not. */
const leaseMs = wholeNumber(100, 60 * 60 * 1000);

/** The acquireLock signal's argument: which workflow wants the lock, and for how long at most. */
export const LockRequest = z.strictObject({ requesterWorkflowId: workflowId, leaseMs });
export type LockRequest = z.infer<typeof LockRequest>;

/** LockWorkflow's input: one lock per resource; continue-as-new hands the waiting queue to the next run. */
export const LockInput = z.strictObject({
  resourceId,
  waiting: z.array(LockRequest).max(10_000).optional(),
  /** Continue as new when the history grows past this many events, even before the server suggests it. */
  historyLimit: wholeNumber(20, 51_200).optional(),
});
export type LockInput = z.infer<typeof LockInput>;

/** The lockGranted signal, lock to holder: the lease token the holder must give back to release. */
export const LockGrant = z.strictObject({ leaseToken: z.uuid(), lockWorkflowId: workflowId });
export type LockGrant = z.infer<typeof LockGrant>;

/** The releaseLock signal, holder to lock: a release with another token (an expired lease's) is ignored. */
export const LockRelease = z.strictObject({ leaseToken: z.uuid() });
export type LockRelease = z.infer<typeof LockRelease>;

/** The requestLock activity's input: signal-with-start of the resource's lock workflow. */
export const RequestLockInput = LockRequest.extend({ resourceId });
export type RequestLockInput = z.infer<typeof RequestLockInput>;

/**
 * ExclusiveJobWorkflow's input: a job that needs the resource to itself for `workMs`, shorter than its lease (with
 * room to spare: the work's own overhead and the time to start it count against the lease too).
 */
export const ExclusiveJobInput = z
  .strictObject({ resourceId, workMs: wholeNumber(0, 10 * 60 * 1000), leaseMs })
  .check(crossFieldCheck('workflow/ExclusiveJobWorkflow'));
export type ExclusiveJobInput = z.infer<typeof ExclusiveJobInput>;

/** The useSharedResource activity's input. */
export const UseSharedResourceInput = z.strictObject({
  resourceId,
  holder: workflowId,
  workMs: wholeNumber(0, 600_000),
});
export type UseSharedResourceInput = z.infer<typeof UseSharedResourceInput>;

/** What lockState answers: who holds the lock until when, and who waits (never the lease token). */
export interface LockState {
  resourceId: string;
  holder?: { workflowId: string; leaseExpiresAt: Date };
  waiting: string[];
}

/** ExclusiveJobWorkflow's result, in workflow time: when it held the lock. */
export interface ExclusiveJobResult {
  resourceId: string;
  acquiredAt: Date;
  releasedAt: Date;
}

/** The one lock workflow of a resource: what requestLock signals-with-start, and what a client queries. */
export const lockWorkflowId = (resource: string): string => `lock-${resource}`;
