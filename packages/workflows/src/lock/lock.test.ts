import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import * as activities from '@reference/activities';
import { type ExclusiveJobInput, type LockState, lockWorkflowId } from '@reference/models';
import { ExclusiveJobWorkflow, lockStateQuery, LockWorkflow, releaseLockSignal, TASK_QUEUE } from '..';
import { createTestWorker, useTestServer } from '@reference/testing';

const server = useTestServer({ runWorker: true });
const { sharedResources } = activities;

function startJob(input: ExclusiveJobInput, workflowId = `job-${randomUUID()}`, taskQueue = TASK_QUEUE) {
  return server.env.client.workflow.start(ExclusiveJobWorkflow, { taskQueue, workflowId, args: [input] });
}

async function lockStateOnceItShows(resourceId: string, shows: (state: LockState) => boolean): Promise<LockState> {
  const lock = server.env.client.workflow.getHandle<typeof LockWorkflow>(lockWorkflowId(resourceId));
  for (;;) {
    const state = await lock.query(lockStateQuery).catch(() => undefined);
    if (state && shows(state)) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Sorted by start, each interval starts no earlier than the one before it ended. */
function overlaps(intervals: { start: number; end: number }[]): string[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  return sorted.slice(1).flatMap((interval, i) => (interval.start < sorted[i]!.end ? [JSON.stringify(interval)] : []));
}

test('contending jobs hold the lock one at a time, and the lock continues as new on the way', async () => {
  const resourceId = `printer-${randomUUID()}`;
  const jobs: WorkflowHandle<typeof ExclusiveJobWorkflow>[] = [];
  // The first request creates the lock; a small history limit makes it continue as new while the others wait.
  await server.env.client.workflow.start(LockWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: lockWorkflowId(resourceId),
    args: [{ resourceId, historyLimit: 20 }],
  });
  for (let i = 0; i < 5; i++) jobs.push(await startJob({ resourceId, workMs: 300, leaseMs: 30_000 }));
  const results = await Promise.all(jobs.map((job) => job.result()));

  const held = results.map(({ acquiredAt, releasedAt }) => ({
    start: new Date(acquiredAt).getTime(),
    end: new Date(releasedAt).getTime(),
  }));
  const used = sharedResources.uses
    .filter((use) => use.resourceId === resourceId)
    .map(({ startedAt, endedAt }) => ({ start: startedAt, end: endedAt! }));
  expect(used).toHaveLength(5);
  expect(overlaps(held)).toEqual([]);
  expect(overlaps(used)).toEqual([]);

  const lock = server.env.client.workflow.getHandle(lockWorkflowId(resourceId));
  const firstEvent = (await lock.fetchHistory()).events?.[0]?.workflowExecutionStartedEventAttributes;
  expect(firstEvent?.continuedExecutionRunId).toBeTruthy();
  await expect(lock.query(lockStateQuery)).resolves.toEqual({ resourceId, waiting: [] });
});

test('a holder that is terminated loses the lock when its lease runs out, and the next waiter gets it', async () => {
  const resourceId = `scanner-${randomUUID()}`;
  const leaseMs = 10_000;
  // Terminated well before its work would end.
  const doomed = await startJob({ resourceId, workMs: 9_000, leaseMs }, `doomed-${randomUUID()}`);
  await lockStateOnceItShows(resourceId, (state) => state.holder?.workflowId === doomed.workflowId);
  const next = await startJob({ resourceId, workMs: 100, leaseMs });
  await lockStateOnceItShows(resourceId, (state) => state.waiting.includes(next.workflowId));
  await doomed.terminate('the holder died');

  await next.result();
  // Nobody released the lock: the dead holder's lease timer fired before any release reached the lock (the
  // history says so; comparing clocks does not, since the lock's and the job's task times are taken apart).
  const events = (await server.env.client.workflow.getHandle(lockWorkflowId(resourceId)).fetchHistory()).events ?? [];
  const leaseRanOut = events.findIndex((event) => event.timerFiredEventAttributes);
  const firstRelease = events.findIndex(
    (event) => event.workflowExecutionSignaledEventAttributes?.signalName === releaseLockSignal.name,
  );
  expect(leaseRanOut).toBeGreaterThan(-1);
  expect(firstRelease === -1 || leaseRanOut < firstRelease).toBe(true);
  await expect(lockStateOnceItShows(resourceId, (state) => !state.holder)).resolves.toEqual({
    resourceId,
    waiting: [],
  });
});

/** The uses of `resourceId` so far, as intervals. */
function usesOf(resourceId: string) {
  return sharedResources.uses
    .filter((use) => use.resourceId === resourceId)
    .map(({ holder, startedAt, endedAt }) => ({ holder, start: startedAt, end: endedAt ?? Infinity }));
}

test('a holder cancelled while it works stops, then gives the lock back at once', async () => {
  const resourceId = `plotter-${randomUUID()}`;
  const holder = await startJob({ resourceId, workMs: 50_000, leaseMs: 60_000 });
  const held = await lockStateOnceItShows(resourceId, (state) => state.holder?.workflowId === holder.workflowId);
  const next = await startJob({ resourceId, workMs: 100, leaseMs: 60_000 });
  await lockStateOnceItShows(resourceId, (state) => state.waiting.includes(next.workflowId));
  await holder.cancel();

  await expect(holder.result()).rejects.toMatchObject({ cause: { name: 'CancelledFailure' } });
  const { acquiredAt } = await next.result();
  // Released, not expired: the next job got the lock long before the cancelled holder's lease would have run out.
  expect(new Date(acquiredAt).getTime()).toBeLessThan(new Date(held.holder!.leaseExpiresAt).getTime());
  expect(overlaps(usesOf(resourceId))).toEqual([]);
});

test('a job cancelled while it waits in the queue never holds the lock', async () => {
  const resourceId = `lathe-${randomUUID()}`;
  const holder = await startJob({ resourceId, workMs: 1_000, leaseMs: 60_000 });
  await lockStateOnceItShows(resourceId, (state) => state.holder?.workflowId === holder.workflowId);
  const cancelled = await startJob({ resourceId, workMs: 100, leaseMs: 60_000 });
  const last = await startJob({ resourceId, workMs: 100, leaseMs: 60_000 });
  await lockStateOnceItShows(resourceId, (state) => state.waiting.length === 2);
  await cancelled.cancel();

  await expect(cancelled.result()).rejects.toMatchObject({ cause: { name: 'CancelledFailure' } });
  const { releasedAt } = await holder.result();
  const { acquiredAt } = await last.result();
  // The lock did not sit out the cancelled job's lease between the two.
  expect(new Date(acquiredAt).getTime() - new Date(releasedAt).getTime()).toBeLessThan(60_000);
  expect(usesOf(resourceId).map((use) => use.holder)).toEqual([holder.workflowId, last.workflowId]);
  await expect(lockStateOnceItShows(resourceId, (state) => !state.holder)).resolves.toEqual({
    resourceId,
    waiting: [],
  });
});

/**
 * Runs `use` with a worker on a task queue of its own (the lock is started on the job's queue) whose requestLock
 * reaches the lock but loses its completion `failures` times for `requester`: each such attempt fails and is retried.
 */
async function withLostRequestCompletions(
  requester: string,
  failures: number,
  use: (taskQueue: string, retried: Promise<void>) => Promise<void>,
): Promise<void> {
  let calls = 0;
  let allRetried!: () => void;
  const retried = new Promise<void>((resolve) => (allRetried = resolve));
  const requestLock: typeof activities.requestLock = async (input) => {
    await activities.requestLock(input);
    if (input.requesterWorkflowId !== requester) return;
    calls += 1;
    if (calls > failures) allRetried();
    else throw new Error('the completion was lost');
  };
  const taskQueue = `lock-lost-completions-${randomUUID()}`;
  const worker = await createTestWorker(server.env.nativeConnection, { taskQueue, activities: { requestLock } });
  await worker.runUntil(use(taskQueue, retried));
}

test('a requestLock retried after its signal landed queues the job once', async () => {
  const resourceId = `kiln-${randomUUID()}`;
  const retried = `retried-${randomUUID()}`;
  await withLostRequestCompletions(retried, 1, async (taskQueue, requestRetried) => {
    const holder = await startJob({ resourceId, workMs: 3_000, leaseMs: 60_000 }, `job-${randomUUID()}`, taskQueue);
    await lockStateOnceItShows(resourceId, (state) => state.holder?.workflowId === holder.workflowId);
    const job = await startJob({ resourceId, workMs: 100, leaseMs: 60_000 }, retried, taskQueue);
    await requestRetried;
    const lock = server.env.client.workflow.getHandle<typeof LockWorkflow>(lockWorkflowId(resourceId));
    await expect(lock.query(lockStateQuery)).resolves.toMatchObject({ waiting: [retried] });
    await Promise.all([holder.result(), job.result()]);
    await expect(lockStateOnceItShows(resourceId, (state) => !state.holder)).resolves.toEqual({
      resourceId,
      waiting: [],
    });
  });
});

test('a job whose lease runs out before its work can start fails LeaseExpired, the resource untouched', async () => {
  const resourceId = `forge-${randomUUID()}`;
  const late = `late-${randomUUID()}`;
  // The grant arrives at once; the two retries of requestLock (1 s, then 2 s of backoff) outlast the 1 s lease.
  await withLostRequestCompletions(late, 2, async (taskQueue) => {
    const job = await startJob({ resourceId, workMs: 500, leaseMs: 1_000 }, late, taskQueue);
    await expect(job.result()).rejects.toMatchObject({ cause: { type: 'LeaseExpired' } });
    expect(usesOf(resourceId)).toEqual([]);
    await expect(lockStateOnceItShows(resourceId, (state) => !state.holder)).resolves.toEqual({
      resourceId,
      waiting: [],
    });
  });
});

test('the lease the lock reports is the one its timer enforces', async () => {
  const resourceId = `press-${randomUUID()}`;
  const leaseMs = 60_000;
  const holder = await startJob({ resourceId, workMs: 5_000, leaseMs });
  const lock = server.env.client.workflow.getHandle<typeof LockWorkflow>(lockWorkflowId(resourceId));
  // Asked once the lease timer has started: asked while the grant is on its way, the lock reports the lease the
  // grant will replace.
  while (
    !(await lock.fetchHistory().catch(() => undefined))?.events?.some((event) => event.timerStartedEventAttributes)
  ) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const held = await lockStateOnceItShows(resourceId, (state) => state.holder?.workflowId === holder.workflowId);
  await holder.result();
  const events = (await lock.fetchHistory()).events ?? [];
  const timer = events.find((event) => event.timerStartedEventAttributes);
  const completed = events.find(
    (event) =>
      event.eventId?.toString() === timer?.timerStartedEventAttributes?.workflowTaskCompletedEventId?.toString(),
  );
  const started = events.find(
    (event) =>
      event.eventId?.toString() === completed?.workflowTaskCompletedEventAttributes?.startedEventId?.toString(),
  );
  // Workflow time in the task that started the timer is that task's start.
  const timerStartedAt = Number(started!.eventTime!.seconds) * 1_000 + Math.floor(started!.eventTime!.nanos! / 1e6);
  expect(new Date(held.holder!.leaseExpiresAt).getTime()).toBe(timerStartedAt + leaseMs);
});

test.each([
  { workMs: 5_000, leaseMs: 5_000 },
  { workMs: 10_000, leaseMs: 5_000 },
])(
  'a job whose work is not shorter than its lease is refused: $workMs ms of work, $leaseMs ms lease',
  async (input) => {
    const job = await startJob({ resourceId: `mill-${randomUUID()}`, ...input });
    await expect(job.result()).rejects.toMatchObject({
      cause: {
        type: 'InvalidWorkflowInput',
        message: expect.stringContaining('workMs: must be shorter than leaseMs') as unknown,
      },
    });
    const events = (await job.fetchHistory()).events ?? [];
    expect(events.filter((event) => event.activityTaskScheduledEventAttributes)).toEqual([]);
  },
);
