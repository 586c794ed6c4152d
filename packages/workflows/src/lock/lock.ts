import {
  allHandlersFinished,
  CancellationScope,
  CancelledFailure,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  log,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import type { LockInput, LockRequest } from '@reference/models';
import { checkWorkflowInput, signalInputProblem } from '@reference/models/wire';
import { acquireLockSignal, lockGrantedSignal, lockStateQuery, releaseLockSignal } from './definitions';

interface Lease {
  workflowId: string;
  leaseToken: string;
  expiresAt: number;
}

/**
 * One resource's lock: hands the resource to one waiting workflow at a time, first come first served. The holder
 * gets a lease token by signal and gives it back to release; a holder that never does (it died, it hangs) loses
 * the lock when its lease runs out. Between leases the lock continues as new once its history is long, handing its
 * queue to the next run. Cancelled, it retires: it serves its holder and everyone waiting (a job that asks meanwhile
 * too), then ends cancelled, so no job is left waiting for a grant that never comes; the next request starts a new
 * lock. Workflow type on the wire: LockWorkflow (one per resource, id `lock-<resourceId>`).
 */
export async function LockWorkflow(input: LockInput): Promise<never> {
  const { resourceId, waiting = [], historyLimit } = checkWorkflowInput('LockWorkflow', input);
  const queue: LockRequest[] = [...waiting];
  let lease: Lease | undefined;
  setHandler(acquireLockSignal, (request) => {
    const problem = signalInputProblem('acquireLock', request);
    if (problem) return log.warn(`ignored acquireLock: ${problem}`);
    // A requestLock retried after its signal landed asks again: one place per job, or the lock would later grant
    // a job that is done with it and sit idle for a whole lease.
    const requester = request.requesterWorkflowId;
    if (lease?.workflowId === requester || queue.some((waiting) => waiting.requesterWorkflowId === requester)) {
      return log.info(`ignored acquireLock: ${requester} already holds or waits for the lock`);
    }
    queue.push(request);
  });
  setHandler(releaseLockSignal, (release) => {
    const problem = signalInputProblem('releaseLock', release);
    if (problem) return log.warn(`ignored releaseLock: ${problem}`);
    // A late release from a holder whose lease already ran out must not release the next holder's lease.
    if (release.leaseToken === lease?.leaseToken) lease = undefined;
    else log.info('ignored releaseLock: not the current lease');
  });
  setHandler(lockStateQuery, () => ({
    resourceId,
    holder: lease && { workflowId: lease.workflowId, leaseExpiresAt: new Date(lease.expiresAt) },
    waiting: queue.map((request) => request.requesterWorkflowId),
  }));

  let retiring = false;
  // The request only marks the lock retiring: the loop below runs shielded from it.
  void CancellationScope.current().cancelRequested.catch(() => (retiring = true));
  await CancellationScope.nonCancellable(async () => {
    for (;;) {
      await condition(() => queue.length > 0 || retiring);
      if (queue.length === 0) return;
      const { historyLength, continueAsNewSuggested, workflowId } = workflowInfo();
      // A retiring lock keeps its cancellation: it serves its queue in this run.
      const tooLong = continueAsNewSuggested || (historyLimit !== undefined && historyLength >= historyLimit);
      if (tooLong && !retiring) {
        // Nobody holds the lock here, so the queue is all the next run needs.
        await condition(allHandlersFinished);
        return await continueAsNew<typeof LockWorkflow>({ resourceId, waiting: queue, historyLimit });
      }
      const next = queue.shift()!;
      // The lease is in force before the grant goes out: the holder's release may arrive with the signal's result.
      const granted: Lease = {
        workflowId: next.requesterWorkflowId,
        leaseToken: uuid4(),
        expiresAt: Date.now() + next.leaseMs,
      };
      lease = granted;
      try {
        await getExternalWorkflowHandle(next.requesterWorkflowId).signal(lockGrantedSignal, {
          leaseToken: granted.leaseToken,
          lockWorkflowId: workflowId,
        });
      } catch (err) {
        log.info(`${next.requesterWorkflowId} is gone (${(err as Error).message}); the lock goes to the next waiter`);
        lease = undefined;
        continue;
      }
      // The lease runs from now, once the holder has its grant: what lockState reports is what the timer enforces.
      granted.expiresAt = Date.now() + next.leaseMs;
      const released = await condition(() => lease === undefined, next.leaseMs);
      if (!released) log.warn(`${next.requesterWorkflowId}'s lease ran out; the lock goes to the next waiter`);
      lease = undefined;
    }
  });
  await condition(allHandlersFinished);
  throw new CancelledFailure(`the lock on ${resourceId} was cancelled; it served everyone who waited`);
}
