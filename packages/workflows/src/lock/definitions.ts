import { defineQuery, defineSignal, type QueryDefinition, type SignalDefinition } from '@temporalio/workflow';
import type { LockGrant, LockRelease, LockRequest, LockState } from '@reference/models';

/** To the lock: put the requester in the queue (sent by the requestLock activity, with signal-with-start). */
export const acquireLockSignal: SignalDefinition<[LockRequest]> = defineSignal('acquireLock');
/** To the holder: the lock is yours until the lease runs out; release with this token. */
export const lockGrantedSignal: SignalDefinition<[LockGrant]> = defineSignal('lockGranted');
/** To the lock: the holder is done; the token says which lease ends. */
export const releaseLockSignal: SignalDefinition<[LockRelease]> = defineSignal('releaseLock');
export const lockStateQuery: QueryDefinition<LockState> = defineQuery('lockState');
