import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ActivityNotFoundError, WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure, defaultPayloadConverter } from '@temporalio/common';
import { type ApprovalRecord, ApprovalsStore } from '@reference/approvals-store';
import { APPROVAL_REJECTED, type ApprovalInput } from '@reference/models';
import { ApprovalWorkflow, TASK_QUEUE } from '..';
import { useTestServer } from '@reference/testing';

// The activity (in this process's worker) and the test (the approver) share one inbox file.
process.env.APPROVALS_DB = path.join(mkdtempSync(path.join(tmpdir(), 'approvals-')), 'approvals.sqlite');
const server = useTestServer({ runWorker: true });

async function requestApproval(overrides: Partial<ApprovalInput> = {}) {
  return server.env.client.workflow.start(ApprovalWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: `approval-${randomUUID()}`,
    args: [{ subject: 'Refund order-1', requestedBy: 'ada', decideWithinSeconds: 60, ...overrides }],
  });
}

/** The inbox's pending entry of that workflow once its `attempt` has stored it, as an approver finds it. */
async function pendingEntry(workflowId: string, attempt = 1): Promise<ApprovalRecord> {
  for (;;) {
    const store = new ApprovalsStore();
    const entry = store.list('pending').find((e) => e.workflowId === workflowId && e.attempt === attempt);
    store.close();
    if (entry) return entry;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const token = (entry: ApprovalRecord) => Buffer.from(entry.taskToken, 'base64');

test('completed by its task token: the grant is the result; the token is spent afterwards', async () => {
  const handle = await requestApproval();
  const entry = await pendingEntry(handle.workflowId);
  expect(entry).toMatchObject({ runId: handle.firstExecutionRunId, subject: 'Refund order-1', requestedBy: 'ada' });
  await server.env.client.activity.complete(token(entry), { approvedBy: 'bo', comment: 'fine by me' });
  await expect(handle.result()).resolves.toEqual({ status: 'approved', approvedBy: 'bo', comment: 'fine by me' });
  await expect(server.env.client.activity.complete(token(entry), { approvedBy: 'cy' })).rejects.toBeInstanceOf(
    ActivityNotFoundError,
  );
});

test('completed by workflow id and activity id; on the wire: requestApproval with a 60 s schedule-to-close', async () => {
  const handle = await requestApproval();
  const { activityId } = await pendingEntry(handle.workflowId);
  await server.env.client.activity.complete({ workflowId: handle.workflowId, activityId }, { approvedBy: 'bo' });
  await expect(handle.result()).resolves.toEqual({ status: 'approved', approvedBy: 'bo' });
  const history = await handle.fetchHistory();
  const scheduled = history.events?.find(
    (e) => e.activityTaskScheduledEventAttributes,
  )?.activityTaskScheduledEventAttributes;
  expect(scheduled?.activityType?.name).toBe('requestApproval');
  expect(Number(scheduled?.scheduleToCloseTimeout?.seconds)).toBe(60);
});

test('failed by the approver: the workflow sees the ApprovalRejected failure, not retried, and reports it', async () => {
  const handle = await requestApproval();
  const entry = await pendingEntry(handle.workflowId);
  const rejection = { rejectedBy: 'bo', reason: 'over budget' };
  await server.env.client.activity.fail(
    token(entry),
    ApplicationFailure.create({
      type: APPROVAL_REJECTED,
      message: 'over budget',
      nonRetryable: true,
      details: [rejection],
    }),
  );
  await expect(handle.result()).resolves.toEqual({ status: 'rejected', ...rejection });
  const events = (await handle.fetchHistory()).events ?? [];
  const failed = events.find((e) => e.activityTaskFailedEventAttributes)?.activityTaskFailedEventAttributes;
  expect(failed?.failure?.applicationFailureInfo?.type).toBe(APPROVAL_REJECTED);
  expect(events.filter((e) => e.activityTaskStartedEventAttributes)).toHaveLength(1);
});

test('heartbeats by id keep a 1 s heartbeat timeout from firing; describe shows their details', async () => {
  const handle = await requestApproval({ heartbeatTimeoutSeconds: 1 });
  const entry = await pendingEntry(handle.workflowId);
  const address = { workflowId: handle.workflowId, activityId: entry.activityId };
  for (let i = 0; i < 12; i++) {
    await server.env.client.activity.heartbeat(address, { progress: `reviewing ${i}` });
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const pending = (await handle.describe()).raw.pendingActivities?.[0];
  expect(pending?.attempt).toBe(1);
  expect(defaultPayloadConverter.fromPayload(pending!.heartbeatDetails!.payloads![0]!)).toEqual({
    progress: 'reviewing 11',
  });
  // Three timeouts' worth later the first attempt's token is still the one to answer.
  await server.env.client.activity.complete(token(entry), { approvedBy: 'bo' });
  await expect(handle.result()).resolves.toEqual({ status: 'approved', approvedBy: 'bo' });
});

test('a silent token holder times the attempt out: the retry puts a new token in the inbox, the old one is void', async () => {
  const handle = await requestApproval({ heartbeatTimeoutSeconds: 1 });
  const first = await pendingEntry(handle.workflowId, 1);
  const second = await pendingEntry(handle.workflowId, 2);
  expect(second.taskToken).not.toBe(first.taskToken);
  await expect(server.env.client.activity.complete(token(first), { approvedBy: 'bo' })).rejects.toBeInstanceOf(
    ActivityNotFoundError,
  );
  await server.env.client.activity.complete(token(second), { approvedBy: 'bo' });
  await expect(handle.result()).resolves.toEqual({ status: 'approved', approvedBy: 'bo' });
});

test('nobody deciding within the window is an expiry', async () => {
  const handle = await requestApproval({ decideWithinSeconds: 1 });
  await expect(handle.result()).resolves.toEqual({ status: 'expired', decideWithinSeconds: 1 });
});

test('a grant that is not one (from some other client) fails the workflow with InvalidData', async () => {
  const handle = await requestApproval();
  const entry = await pendingEntry(handle.workflowId);
  await server.env.client.activity.complete(token(entry), { approvedBy: ' ' });
  const failure = await handle.result().catch((err: unknown) => err);
  expect(failure).toBeInstanceOf(WorkflowFailedError);
  expect((failure as WorkflowFailedError).cause).toMatchObject({ type: 'InvalidData' });
});
