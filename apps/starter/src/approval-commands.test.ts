import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expectRefusedBeforeConnecting, runStarter, unreachable } from './run-starter.test-helpers';

const env = { ...unreachable, APPROVALS_DB: path.join(mkdtempSync(path.join(tmpdir(), 'approvals-')), 'a.sqlite') };
const token = ['--token', Buffer.from('a task token').toString('base64')];
const byId = ['--workflow-id', 'approval-1', '--activity-id', '1'];

// Each case is refused with one line naming the problem, before the starter tries to connect.
test.each([
  [['approval', 'complete', '--by', 'bo'], 'say which approval: --token <base64>, or --workflow-id <id> with'],
  [['approval', 'complete', '--workflow-id', 'approval-1', '--by', 'bo'], 'say which approval'],
  [['approval', 'complete', ...token, ...byId, '--by', 'bo'], 'give either --token or --workflow-id'],
  [['approval', 'heartbeat', '--token', 'not base64!'], '--token is not base64'],
  [['approval', 'complete', ...byId.slice(0, 2), '--activity-id', ' ', '--by', 'bo'], '--activity-id must not be'],
  [['approval', 'complete', ...token, '--by', ' '], 'invalid approval: approvedBy: must not be blank'],
  [['approval', 'fail', ...token, '--by', 'bo'], "required option '--reason <text>' not specified"],
  [['approval', 'request', ' '], 'invalid approval request: subject: must not be blank'],
  [['approval', 'request', 'Refund', '--decide-within', '0'], "option '--decide-within <seconds>' argument '0'"],
])('%j is refused: %s', (args, message) => expectRefusedBeforeConnecting(args, message, env));

test('approval list reads the inbox without a server', async () => {
  await expect(runStarter(['approval', 'list'], env)).resolves.toEqual({
    code: 0,
    stdout: `No pending approvals in ${env.APPROVALS_DB}\n`,
    stderr: '',
  });
});

test('a well-formed answer gets as far as connecting (and no further, with the server down)', async () => {
  const { code, stderr } = await runStarter(['approval', 'complete', ...byId, '--by', 'bo'], env);
  expect(code).not.toBe(0);
  expect(stderr.trim().split('\n')).toEqual([expect.stringContaining('cannot reach the Temporal server')]);
});
