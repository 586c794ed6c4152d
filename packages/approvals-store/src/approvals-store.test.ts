import { chmodSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { privateStateDir } from '@reference/local-state';
import { ApprovalsStore, approvalsDbPath } from '.';
import type { PendingApproval } from './types';

const key = { workflowId: 'approval-1', runId: 'run-1', activityId: '1' };
const pending = (overrides: Partial<PendingApproval> = {}): PendingApproval => ({
  ...key,
  taskToken: 'dG9rZW4tMQ==',
  attempt: 1,
  subject: 'Refund order-1',
  requestedBy: 'ada',
  requestedAt: new Date('2026-11-24T10:00:00Z'),
  ...overrides,
});

let file: string;
let store: ApprovalsStore;
beforeEach(() => {
  file = path.join(mkdtempSync(path.join(tmpdir(), 'approvals-')), 'nested', 'approvals.sqlite');
  store = new ApprovalsStore(file);
});
afterEach(() => store.close());

test("the file comes from APPROVALS_DB, else the user's private folder", () => {
  expect(approvalsDbPath({ APPROVALS_DB: '/data/a.sqlite' })).toBe('/data/a.sqlite');
  expect(approvalsDbPath({})).toBe(path.join(privateStateDir(), 'approvals.sqlite'));
});

test('the file and its WAL are readable by their owner only, one made wider before included', () => {
  store.add(pending());
  const modeOf = (f: string) => statSync(f).mode & 0o777;
  expect([modeOf(file), modeOf(`${file}-wal`), modeOf(path.dirname(file))]).toEqual([0o600, 0o600, 0o700]);
  const wide = path.join(path.dirname(file), 'wide.sqlite');
  writeFileSync(wide, '');
  chmodSync(wide, 0o644);
  new ApprovalsStore(wide).close();
  expect(modeOf(wide)).toBe(0o600);
});

test('an added approval is pending, found by token and by activity, and kept in the file', () => {
  store.add(pending());
  const record = { ...pending(), status: 'pending' };
  expect(store.list('pending')).toEqual([record]);
  expect(store.byToken('dG9rZW4tMQ==')).toEqual(record);
  expect(store.byActivity({ workflowId: 'approval-1', activityId: '1' })).toEqual(record);
  expect(store.byActivity({ ...key, runId: 'another-run' })).toBeUndefined();
  // Another connection (the starter, in another process) reads what the worker wrote.
  const other = new ApprovalsStore(file);
  expect(other.list()).toEqual([record]);
  other.close();
});

test('a retried attempt replaces the token of the attempt before it', () => {
  store.add(pending());
  store.add(pending({ taskToken: 'dG9rZW4tMg==', attempt: 2 }));
  expect(store.list().map((r) => [r.taskToken, r.attempt])).toEqual([['dG9rZW4tMg==', 2]]);
  expect(store.byToken('dG9rZW4tMQ==')).toBeUndefined();
});

test('deciding marks a pending approval once; it leaves the pending list', () => {
  store.add(pending());
  const at = new Date('2026-11-24T11:00:00Z');
  expect(store.decide(key, 'approved', 'bo', at)).toBe(true);
  expect(store.decide(key, 'rejected', 'cy', at)).toBe(false);
  expect(store.list('pending')).toEqual([]);
  expect(store.byToken('dG9rZW4tMQ==')).toMatchObject({ status: 'approved', decidedBy: 'bo', decidedAt: at });
  expect(store.decide({ ...key, activityId: '9' }, 'approved', 'bo')).toBe(false);
});
