import { randomUUID } from 'node:crypto';
import { WorkflowFailedError, WorkflowUpdateFailedError } from '@temporalio/client';
import { createTestWorker, useTestServer } from '@reference/testing';
import { moveReminderUpdate, reminderDeadlineQuery, ReminderWorkflow } from '..';

const HOUR = 60 * 60 * 1000;
const taskQueue = 'reminder-test';
// Deadlines are Dates: the harness's client and worker use the project's converter, as the worker and starter do.
const server = useTestServer({ timeSkipping: true });

async function withReminder(
  deadlineInMs: number,
  use: (handle: ReturnType<typeof start>, now: number) => Promise<void>,
) {
  const worker = await createTestWorker(server.env.nativeConnection, { taskQueue });
  const now = await server.env.currentTimeMs();
  await worker.runUntil(use(start(new Date(now + deadlineInMs)), now));
}
function start(deadline: Date) {
  return server.env.client.workflow.start(ReminderWorkflow, {
    taskQueue,
    workflowId: `reminder-${randomUUID()}`,
    args: [{ message: 'renew the certificate', deadline }],
  });
}

test('a deadline moved later: the old one passes without firing, the new one fires', async () => {
  await withReminder(2 * HOUR, async (started, now) => {
    const handle = await started;
    const later = new Date(now + 5 * HOUR);
    await expect(handle.executeUpdate(moveReminderUpdate, { args: [{ deadline: later }] })).resolves.toEqual(later);
    await expect(handle.query(reminderDeadlineQuery)).resolves.toEqual(later);
    await server.env.sleep(3 * HOUR);
    expect((await handle.describe()).status.name).toBe('RUNNING');
    await server.env.sleep(2 * HOUR + 1_000);
    const fired = await handle.result();
    expect(fired).toMatchObject({ message: 'renew the certificate', deadline: later, moves: 1 });
    expect(fired.firedAt.getTime()).toBeGreaterThanOrEqual(later.getTime());
  });
});

test('a deadline moved sooner fires at the new one', async () => {
  await withReminder(5 * HOUR, async (started, now) => {
    const handle = await started;
    const sooner = new Date(now + HOUR);
    await handle.executeUpdate(moveReminderUpdate, { args: [{ deadline: sooner }] });
    await server.env.sleep(HOUR + 1_000);
    const fired = await handle.result();
    expect(fired.firedAt.getTime()).toBeGreaterThanOrEqual(sooner.getTime());
    expect(fired.firedAt.getTime()).toBeLessThan(now + 5 * HOUR);
  });
});

test.each([
  ['in the past', -HOUR, 'deadline: must be in the future'],
  ['more than a year ahead', 400 * 24 * HOUR, 'deadline: must be at most a year ahead'],
])('a deadline %s is refused and the deadline stays', async (_case, offset, message) => {
  await withReminder(HOUR, async (started, now) => {
    const handle = await started;
    const refused = await handle
      .executeUpdate(moveReminderUpdate, { args: [{ deadline: new Date(now + offset) }] })
      .catch((err: unknown) => err);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect((refused as WorkflowUpdateFailedError).cause?.message).toContain(message);
    await expect(handle.query(reminderDeadlineQuery)).resolves.toEqual(new Date(now + HOUR));
    await handle.terminate('test over');
  });
});

test.each([
  ['more than a year ahead', 400 * 24 * HOUR],
  ['centuries ahead', 300 * 365 * 24 * HOUR],
])('a first deadline %s is refused at once, typed, with no timer', async (_case, offset) => {
  const worker = await createTestWorker(server.env.nativeConnection, { taskQueue });
  const now = await server.env.currentTimeMs();
  await worker.runUntil(async () => {
    const handle = await start(new Date(now + offset));
    const failure = await handle.result().catch((err: unknown) => err);
    expect(failure).toBeInstanceOf(WorkflowFailedError);
    expect((failure as WorkflowFailedError).cause).toMatchObject({
      type: 'InvalidWorkflowInput',
      message: 'invalid ReminderWorkflow workflow input: deadline: must be at most a year ahead',
    });
    const events = (await handle.fetchHistory()).events ?? [];
    expect(events.filter((event) => event.timerStartedEventAttributes)).toEqual([]);
  });
});
