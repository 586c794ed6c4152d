import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { waitFor } from '@reference/testing/wait';
import { BackgroundProcess, run, type RunResult } from './processes';
import { useServerForProcesses } from './worker-process';

const workerDir = path.dirname(require.resolve('@reference/worker/package.json'));
const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');
const deployment = `reference-e2e-${Date.now()}`;

// The production worker, as released: the prebuilt bundle, versioning switched on by the deployment name alone
// (which the starter reads too).
const e2e = useServerForProcesses({ worker: true, env: { TEMPORAL_DEPLOYMENT_NAME: deployment } });
let versionLine: string;
let buildId: string;

beforeAll(async () => {
  if (!e2e.worker) throw new Error('no worker process');
  versionLine = await e2e.worker.waitForLine(/^Worker Versioning: /);
  buildId = /build id (\S+)/.exec(versionLine)?.[1] ?? '';
});

function starter(...args: string[]): Promise<RunResult> {
  return run('node', [starterMain, ...args], { env: e2e.env });
}

/** Retries a starter command until it succeeds: a version appears once its worker's first polls reach the server. */
function starterWhenReady(...args: string[]): Promise<RunResult> {
  return waitFor(() => starter(...args), `starter ${args.join(' ')} succeeds`, {
    holds: (result) => result.code === 0,
    intervalMs: 500,
  });
}

test('the worker names its version: the deployment, and a build id that is the sha256 of its workflow bundle', () => {
  const bundle = readFileSync(require.resolve('@reference/worker/workflow-bundle'));
  expect(buildId).toBe(createHash('sha256').update(bundle).digest('hex').slice(0, 12));
  expect(versionLine).toContain(`deployment ${deployment}, build id ${buildId} (sha256 of the workflow bundle)`);
});

test('the dev worker, bundling the same source at start, reports the same build id', async () => {
  const dev = new BackgroundProcess('node', ['dist/dev.js'], { cwd: workerDir, env: e2e.env });
  try {
    const line = await dev.waitForLine(/^Worker Versioning: /, 90_000);
    expect(line).toContain(`build id ${buildId} (sha256 of the workflow bundle)`);
  } finally {
    await dev.stop('SIGKILL');
  }
}, 120_000);

test('`deployment set-current` makes the version current; `describe` shows it; then workflows run on it', async () => {
  const set = await starterWhenReady('deployment', 'set-current', '--build-id', buildId);
  expect(set).toMatchObject({ code: 0, stdout: `Current version of ${deployment}: ${buildId} (was none)\n` });

  const described = await starter('deployment', 'describe');
  expect(described.code).toBe(0);
  expect(described.stdout.split('\n')).toEqual(
    expect.arrayContaining([`Worker deployment ${deployment}`, `current version: ${buildId}`, `  ${buildId}  current`]),
  );

  const greeted = await starter('greet', 'Versioned');
  expect(greeted).toMatchObject({ code: 0, stdout: 'Result: Hello, Versioned!\n' });

  const again = await starter('deployment', 'set-current', '--build-id', buildId);
  expect(again).toMatchObject({ code: 0, stdout: `${buildId} already is the current version of ${deployment}\n` });
});

test.each([
  [
    ['deployment', 'set-current', '--build-id', 'no-such-build'],
    /^error: deployment \S+ has no version no-such-build \(its versions: [0-9a-f]{12}\)/,
  ],
  [
    ['deployment', 'describe', '--name', 'no-such-deployment'],
    /^error: no worker deployment no-such-deployment in namespace default: /,
  ],
])('%j is one line and a non-zero exit', async (args, message) => {
  const { code, stdout, stderr } = await starter(...args);
  expect(code).not.toBe(0);
  expect(stdout).toBe('');
  expect(stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(message)]);
});
