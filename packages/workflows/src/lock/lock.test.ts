import { randomUUID } from 'node:crypto';
import type { WorkflowHandle } from '@temporalio/client';
import { sharedResources } from '@reference/activities';
import { type ExclusiveJobInput, type LockState, lockWorkflowId } from '@reference/models';
import { ExclusiveJobWorkflow, lockStateQuery, LockWorkflow, TASK_QUEUE } from '..';
import { useTestServer } from '@reference/testing';

const server = useTestServer({ runWorker: true });

function startJob(input: ExclusiveJobInput, workflowId = `job-${randomUUID()}`) {
  return server.env.client.workflow.start(ExclusiveJobWorkflow, { taskQueue: TASK_QUEUE, workflowId, args: [input] });
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
  const leaseMs = 3_000;
  const doomed = await startJob({ resourceId, workMs: 60_000, leaseMs }, `doomed-${randomUUID()}`);
  const held = await lockStateOnceItShows(resourceId, (state) => state.holder?.workflowId === doomed.workflowId);
  const next = await startJob({ resourceId, workMs: 100, leaseMs });
  await lockStateOnceItShows(resourceId, (state) => state.waiting.includes(next.workflowId));
  await doomed.terminate('the holder died');

  const { acquiredAt } = await next.result();
  // Nobody released the lock: the next waiter got it only once the dead holder's lease had run out.
  expect(new Date(acquiredAt).getTime()).toBeGreaterThanOrEqual(new Date(held.holder!.leaseExpiresAt).getTime());
  await expect(lockStateOnceItShows(resourceId, (state) => !state.holder)).resolves.toEqual({
    resourceId,
    waiting: [],
  });
});
