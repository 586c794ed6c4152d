import { sharedResources } from '@reference/activities';
import { type LockState, lockWorkflowId } from '@reference/models';
import type { FaultMatrixTable, Invariant, ScenarioContext } from '@reference/testing';
import type { WorkflowHandle } from '@temporalio/client';
import { acquireLockSignal, ExclusiveJobWorkflow, lockStateQuery, LockWorkflow, releaseLockSignal } from '..';

// Longer than the matrix may take: a lock found free was released, not left to expire.
const LEASE_MS = 10 * 60 * 1000;

const oneHolder: Invariant = {
  name: 'at most one lock holder',
  violations: (context) => {
    const uses = sharedResources.uses
      .filter((use) => use.resourceId === context.id('printer'))
      .sort((a, b) => a.startedAt - b.startedAt);
    return uses.slice(1).flatMap((use, i) => {
      const before = uses[i]!;
      return use.startedAt < (before.endedAt ?? Infinity) ? [`${use.holder} used it while ${before.holder} did`] : [];
    });
  },
};

const freeOnceJobsEnded: Invariant = {
  name: 'the lock free once every job ended',
  violations: async (context) => {
    const lock = context.client().workflow.getHandle(lockWorkflowId(context.id('printer')));
    let state: LockState | undefined;
    // The last release may still be on its way; a lease cannot run out meanwhile (LEASE_MS).
    const free = await context.eventually(async () => {
      state = await lock.query(lockStateQuery);
      return !state.holder && state.waiting.length === 0;
    });
    return free ? [] : [`the lock still has ${JSON.stringify(state)}`];
  },
};

function startJob(context: ScenarioContext, name: string, workMs = 200) {
  const input = { resourceId: context.id('printer'), workMs, leaseMs: LEASE_MS };
  return context.client().workflow.start(ExclusiveJobWorkflow, {
    taskQueue: context.taskQueue,
    workflowId: context.id(name),
    args: [input],
  });
}

/**
 * Whether the lock's history shows a holder (its lease timer started) and `requests` requests in, none released yet.
 * Read from the history, which the server answers while the matrix kills workers; a query needs a live worker.
 */
async function holdingWith(lock: WorkflowHandle, requests: number): Promise<boolean> {
  const events = (await lock.fetchHistory().catch(() => undefined))?.events ?? [];
  const signalled = (name: string) =>
    events.filter((event) => event.workflowExecutionSignaledEventAttributes?.signalName === name).length;
  const leaseRunning = events.some((event) => event.timerStartedEventAttributes);
  return leaseRunning && signalled(acquireLockSignal.name) === requests && signalled(releaseLockSignal.name) === 0;
}

/** Tracks the lock once a job's request has created it. */
async function trackLock(context: ScenarioContext): Promise<void> {
  const lock = context.client().workflow.getHandle(lockWorkflowId(context.id('printer')));
  await context.until(() =>
    lock.describe().then(
      () => true,
      () => false,
    ),
  );
  context.track(lock, { longLived: true });
}

export const faultMatrix: FaultMatrixTable = {
  ExclusiveJobWorkflow: [
    {
      name: 'two jobs, one resource',
      activities: ['requestLock', 'useSharedResource'],
      invariants: [oneHolder, freeOnceJobsEnded],
      run: async (context) => {
        context.track(await startJob(context, 'job-1'));
        context.track(await startJob(context, 'job-2'));
        await trackLock(context);
      },
    },
  ],
  LockWorkflow: [
    {
      name: 'serves two jobs',
      activities: [],
      waits: 'with one job holding the lock and one waiting',
      invariants: [oneHolder, freeOnceJobsEnded],
      run: async (context) => {
        const resourceId = context.id('printer');
        const lock = await context.client().workflow.start(LockWorkflow, {
          taskQueue: context.taskQueue,
          workflowId: lockWorkflowId(resourceId),
          args: [{ resourceId, historyLimit: 20 }],
        });
        context.track(lock, { longLived: true });
        // The second job asks once the first holds the lock, and the first works long enough for that request to
        // land meanwhile, even when the lane's workers die under it: started together, a request delayed by a dying
        // worker came after the first job was done, and no job ever waited.
        context.track(await startJob(context, 'job-1', 20_000));
        await context.until(() => holdingWith(lock, 1));
        context.track(await startJob(context, 'job-2', 2_000));
        await context.until(() => holdingWith(lock, 2));
      },
    },
  ],
};
