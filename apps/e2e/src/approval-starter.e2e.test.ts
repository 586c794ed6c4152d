import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './processes';
import { useServerForProcesses } from './worker-process';

const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');

// Worker and starter are separate processes sharing one approvals inbox, as on a developer's machine.
const inbox = path.join(mkdtempSync(path.join(tmpdir(), 'approvals-')), 'approvals.sqlite');
const e2e = useServerForProcesses({ worker: true, env: { APPROVALS_DB: inbox } });

/** The one line a command printed to stdout (success) or stderr (failure), with its exit code. */
async function line(...args: string[]): Promise<[number | null, string]> {
  const { code, stdout, stderr } = await run('node', [starterMain, 'approval', ...args], { env: e2e.env });
  const printed = (code === 0 ? stdout : stderr).trimEnd().split('\n');
  expect(printed).toHaveLength(1);
  return [code, printed[0] ?? ''];
}

/** Requests an approval and waits for `approval list` to show it: its activity id and task token. */
async function request(subject: string): Promise<{ workflowId: string; activityId: string; token: string }> {
  const workflowId = `approval-${randomUUID()}`;
  await expect(line('request', subject, '--requested-by', 'ada', '--workflow-id', workflowId)).resolves.toEqual([
    0,
    `Started ApprovalWorkflow ${workflowId}: "${subject}" awaits a decision (approval list)`,
  ]);
  for (;;) {
    const { stdout } = await run('node', [starterMain, 'approval', 'list'], { env: e2e.env });
    const entry = stdout.split('\n').find((l) => l.startsWith(`${workflowId} `));
    const match = entry && /activity (\S+) {2}attempt 1 {2}"(.*)" asked by ada at \S+ {2}token (\S+)$/.exec(entry);
    if (match) {
      expect(match[2]).toBe(subject);
      return { workflowId, activityId: match[1]!, token: match[3]! };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('approve by task token; the token is spent afterwards and the inbox says by whom', async () => {
  const { workflowId, activityId, token } = await request('Refund order-1');
  const what = `"Refund order-1" (workflow ${workflowId}, activity ${activityId})`;
  await expect(line('complete', '--token', token, '--by', 'bo', '--comment', 'fine')).resolves.toEqual([
    0,
    `Approved ${what} as bo`,
  ]);
  await expect(line('result', workflowId)).resolves.toEqual([
    0,
    'Result: {"status":"approved","approvedBy":"bo","comment":"fine"}',
  ]);
  await expect(line('complete', '--token', token, '--by', 'cy')).resolves.toEqual([
    1,
    `error: ${what} was already approved by bo`,
  ]);
  const { stdout } = await run('node', [starterMain, 'approval', 'list', '--all'], { env: e2e.env });
  expect(stdout).toContain(`${workflowId}  activity ${activityId}  attempt 1  approved by bo  "Refund order-1"`);
});

test('heartbeat and reject by workflow id and activity id: the workflow reports the rejection', async () => {
  const { workflowId, activityId } = await request('Discount on order-2');
  const byId = ['--workflow-id', workflowId, '--activity-id', activityId];
  const what = `"Discount on order-2" (workflow ${workflowId}, activity ${activityId})`;
  await expect(line('heartbeat', ...byId, '--progress', 'reviewing')).resolves.toEqual([
    0,
    `Heartbeat recorded for ${what}`,
  ]);
  await expect(line('fail', ...byId, '--by', 'bo', '--reason', 'over budget')).resolves.toEqual([
    0,
    `Rejected ${what} as bo`,
  ]);
  await expect(line('result', workflowId)).resolves.toEqual([
    0,
    'Result: {"status":"rejected","rejectedBy":"bo","reason":"over budget"}',
  ]);
});

test('a token or an id the server does not know is one line and a non-zero exit', async () => {
  const [code, message] = await line(
    'complete',
    '--token',
    Buffer.from('no such token').toString('base64'),
    '--by',
    'bo',
  );
  expect(code).toBe(1);
  expect(message).toMatch(/^error: the server refused the activity of that task token: /);
  await expect(
    line('fail', '--workflow-id', 'no-such-approval', '--activity-id', '1', '--by', 'bo', '--reason', 'x'),
  ).resolves.toEqual([
    1,
    'error: nothing is waiting on activity 1 of workflow no-such-approval: it was completed, failed or timed out already, or a retry replaced its token (see `starter approval list`)',
  ]);
});
