import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import * as activities from '@reference/activities';
import { LedgerPostingWorkflow, TASK_QUEUE } from '..';
import { createTestWorker, useTestServer } from '@reference/testing';

const server = useTestServer();

async function post(workerActivities: Partial<typeof activities>, workflowId = `ledger-${randomUUID()}`) {
  const worker = await createTestWorker(server.env.nativeConnection, { activities: workerActivities });
  return worker.runUntil(
    server.env.client.workflow.execute(LedgerPostingWorkflow, {
      taskQueue: TASK_QUEUE,
      workflowId,
      args: [{ account: 'acct-7', amountCents: 1250 }],
    }),
  );
}

test('posts the entry through the real ledger and returns its receipt', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledger-'));
  process.env.LEDGER_DIR = dir;
  try {
    const receipt = await post(activities, 'ledger-real');
    expect(receipt).toEqual({ idempotencyKey: 'ledger-real.1', account: 'acct-7', amountCents: 1250, attempt: 1 });
    expect(readdirSync(path.join(dir, 'entries'))).toEqual(['ledger-real.1.json']);
  } finally {
    delete process.env.LEDGER_DIR;
  }
});

test('retries a failed posting and returns the receipt of the attempt that succeeded', async () => {
  const postLedgerEntry = jest.fn<
    ReturnType<typeof activities.postLedgerEntry>,
    Parameters<typeof activities.postLedgerEntry>
  >();
  postLedgerEntry
    .mockRejectedValueOnce(ApplicationFailure.retryable('ledger unavailable'))
    .mockImplementationOnce(async (entry) => ({ idempotencyKey: 'k', ...entry, attempt: 2 }));
  await expect(post({ postLedgerEntry })).resolves.toMatchObject({ attempt: 2, amountCents: 1250 });
  expect(postLedgerEntry).toHaveBeenCalledTimes(2);
});

test('on the wire: LedgerPostingWorkflow runs postLedgerEntry with a 10 s heartbeat timeout', async () => {
  const postLedgerEntry = async (entry: activities.LedgerEntry) => ({ idempotencyKey: 'k', ...entry, attempt: 1 });
  const workflowId = `ledger-${randomUUID()}`;
  await post({ postLedgerEntry }, workflowId);
  const history = await server.env.client.workflow.getHandle(workflowId).fetchHistory();
  const scheduled = history.events?.find(
    (e) => e.activityTaskScheduledEventAttributes,
  )?.activityTaskScheduledEventAttributes;
  expect(scheduled?.activityType?.name).toBe('postLedgerEntry');
  expect(Number(scheduled?.heartbeatTimeout?.seconds)).toBe(10);
});
