import { randomUUID } from 'node:crypto';
import { WorkflowNotFoundError } from '@temporalio/client';
import { lockWorkflowId } from '@reference/models';
import { waitFor } from '@reference/testing/wait';
import { runStarter, startStarter } from './starter-process';
import { useServerForProcesses } from './worker-process';

const e2e = useServerForProcesses({ worker: true });
const S = (...args: string[]) => runStarter(e2e.env, ...args);

const HELD = /^(job-\S+) held (\S+) from (\S+) to (\S+) \(([\d.]+) s\)$/;

test('two jobs on one resource hold it one after the other; lock status shows the holder and the queue', async () => {
  const resource = `printer-${randomUUID()}`;
  const first = startStarter(
    e2e.env,
    'job',
    resource,
    '--work',
    '3s',
    '--lease',
    '10s',
    '--workflow-id',
    `job-a-${resource}`,
  );
  await first.waitForLine(/^Started job-a-/);
  const second = startStarter(
    e2e.env,
    'job',
    resource,
    '--work',
    '1s',
    '--lease',
    '10s',
    '--workflow-id',
    `job-b-${resource}`,
  );
  await second.waitForLine(/^Started job-b-/);
  expect(first.lines[0]).toBe(
    `Started job-a-${resource}: waiting for the lock on ${resource} (\`lock status ${resource}\`), ` +
      'then 3 s of work within a 10 s lease',
  );

  let status = '';
  await waitFor(async () => {
    status = (await S('lock', 'status', resource)).stdout[0] ?? '';
    return status.includes('waiting: ');
  }, 'the lock shows a holder and a waiting job');
  expect(status).toMatch(
    new RegExp(`^${resource}: held by job-a-${resource} until \\S+Z; waiting: job-b-${resource}$`),
  );

  await expect(Promise.all([first.ended(), second.ended()])).resolves.toEqual([0, 0]);
  const [a = [], b = []] = [first, second].map((job) => HELD.exec(job.lines.at(-1) ?? '') ?? []);
  expect(a[1]).toBe(`job-a-${resource}`);
  expect(b[1]).toBe(`job-b-${resource}`);
  // One at a time: the second held it only once the first had let it go.
  expect(new Date(b[3]!).getTime()).toBeGreaterThanOrEqual(new Date(a[4]!).getTime());
  await expect(S('lock', 'status', resource)).resolves.toEqual({
    code: 0,
    stdout: [`${resource}: free; nobody waiting`],
    stderr: [],
  });
});

test('bad input is one line, a non-zero exit, and starts nothing', async () => {
  const resource = `scanner-${randomUUID()}`;
  for (const [args, message] of [
    [['--work', '20s', '--lease', '10s'], "error: the job is invalid: field 'workMs': must be shorter than leaseMs"],
    [['--work', 'soon'], "error: option '--work <duration>' argument 'soon' is invalid."],
  ] as const) {
    const { code, stdout, stderr } = await S('job', resource, ...args);
    expect([code, stdout]).toEqual([1, []]);
    expect(stderr).toEqual([expect.stringContaining(message)]);
  }
  await expect(e2e.server.client.workflow.getHandle(lockWorkflowId(resource)).describe()).rejects.toBeInstanceOf(
    WorkflowNotFoundError,
  );
  await expect(S('lock', 'status', resource)).resolves.toEqual({
    code: 1,
    stdout: [],
    stderr: [`error: no lock for ${resource} on this server: the first \`job ${resource}\` creates it`],
  });
});
