import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CompleteAsyncError } from '@temporalio/activity';
import { MockActivityEnvironment } from '@temporalio/testing';
import { ApprovalsStore } from '@reference/approvals-store';
import { requestApproval } from './request-approval';

const workflowExecution = { workflowId: 'approval-test', runId: 'run-1' };
const request = { subject: 'Refund order-1', requestedBy: 'ada' };

function inbox(): ApprovalsStore {
  return new ApprovalsStore(process.env.APPROVALS_DB);
}

beforeEach(() => {
  process.env.APPROVALS_DB = path.join(mkdtempSync(path.join(tmpdir(), 'approvals-')), 'approvals.sqlite');
});
afterAll(() => {
  delete process.env.APPROVALS_DB;
});

test('stores the request with its task token, then completes asynchronously', async () => {
  const env = new MockActivityEnvironment({ workflowExecution, activityId: '1', taskToken: Buffer.from('token-1') });
  await expect(env.run(requestApproval, request)).rejects.toBeInstanceOf(CompleteAsyncError);
  const store = inbox();
  expect(store.list('pending')).toEqual([
    expect.objectContaining({
      ...workflowExecution,
      activityId: '1',
      taskToken: Buffer.from('token-1').toString('base64'),
      attempt: 1,
      ...request,
      status: 'pending',
    }),
  ]);
  store.close();
});

test("a retry's token replaces the earlier attempt's", async () => {
  const attempt = (n: number) =>
    new MockActivityEnvironment({ workflowExecution, activityId: '1', attempt: n, taskToken: Buffer.from(`t-${n}`) });
  await expect(attempt(1).run(requestApproval, request)).rejects.toBeInstanceOf(CompleteAsyncError);
  await expect(attempt(2).run(requestApproval, request)).rejects.toBeInstanceOf(CompleteAsyncError);
  const store = inbox();
  expect(store.list().map((r) => [r.attempt, r.taskToken])).toEqual([[2, Buffer.from('t-2').toString('base64')]]);
  store.close();
});
