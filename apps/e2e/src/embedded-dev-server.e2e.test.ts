import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { isListening } from '@reference/connection';
import { getRandomPort } from 'get-port-please';
import { BackgroundProcess, run } from './processes';
import { startDevServer } from './worker-process';

const workerDir = path.dirname(require.resolve('@reference/worker/package.json'));
// As on a newcomer's machine: no TEMPORAL_ADDRESS. The embedded server's port is moved off 7233 (as only tests do), so
// this runs the same whatever else listens there.
const { TEMPORAL_ADDRESS: _ignored, ...defaultServerEnv } = process.env;

/** The worker's dev start (what `pnpm dev` runs), with the embedded dev server's port and state of this test. */
function startDevWorker(port: number, dbFile: string, extraEnv: Record<string, string> = {}): BackgroundProcess {
  const env = { ...defaultServerEnv, TEMPORAL_DEV_SERVER_PORT: `${port}`, TEMPORAL_DEV_SERVER_DB: dbFile, ...extraEnv };
  return new BackgroundProcess('node', ['dist/dev.js'], { cwd: workerDir, env });
}

async function greet(port: number, name: string): Promise<string> {
  const { stdout, stderr } = await run('pnpm', ['--filter', 'starter', 'start', 'greet', name], {
    env: { ...defaultServerEnv, TEMPORAL_ADDRESS: `localhost:${port}` },
  });
  return stdout.split('\n').find((line) => line.startsWith('Result: ')) ?? stderr;
}

const newDbFile = () => path.join(mkdtempSync(path.join(tmpdir(), 'dev-db-')), 'dev.sqlite');

test('with nothing on its port, dev starts a persistent dev server; workflows survive its restart', async () => {
  const port = await getRandomPort('127.0.0.1');
  const dbFile = newDbFile();

  const first = startDevWorker(port, dbFile);
  await first.waitForLine(
    new RegExp(`^Started the Temporal dev server at localhost:${port}; Web UI at http://localhost:${port + 1000}`),
    60_000,
  );
  await first.waitForLine(new RegExp(`^Worker polling task queue my-task-queue at localhost:${port}`), 60_000);
  await expect(greet(port, 'before restart')).resolves.toBe('Result: Hello, before restart!');
  await expect(first.stop('SIGINT')).resolves.toBe(0);
  await expect(isListening('127.0.0.1', port)).resolves.toBe(false);

  const second = startDevWorker(port, dbFile);
  try {
    await second.waitForLine(/^Worker polling task queue my-task-queue/, 60_000);
    const connection = await Connection.connect({ address: `localhost:${port}` });
    try {
      const greetings = await new Client({ connection }).workflow.count("WorkflowType='GreetingWorkflow'");
      expect(greetings.count).toBe(1);
    } finally {
      await connection.close();
    }
  } finally {
    await second.stop();
  }
});

test('with a server already answering on its port, dev uses it and starts none of its own', async () => {
  const existing = await startDevServer();
  try {
    const port = Number(existing.address.split(':').at(-1));
    const worker = startDevWorker(port, newDbFile());
    await worker.waitForLine(new RegExp(`^Worker polling task queue my-task-queue at localhost:${port}`), 60_000);
    expect(worker.lines.join('\n')).not.toMatch(/Started the Temporal dev server/);
    await expect(worker.stop('SIGINT')).resolves.toBe(0);
  } finally {
    await existing.teardown();
  }
});

test('with a TOML profile naming a server, dev uses that one and starts none of its own', async () => {
  const chosen = await startDevServer();
  try {
    const profile = path.join(mkdtempSync(path.join(tmpdir(), 'dev-profile-')), 'temporal.toml');
    writeFileSync(profile, `[profile.default]\naddress = "${chosen.address}"\n`);
    // Nothing listens on the embedded server's port: only the profile says a server is chosen.
    const port = await getRandomPort('127.0.0.1');
    const worker = startDevWorker(port, newDbFile(), { TEMPORAL_CONFIG_FILE: profile });
    try {
      await worker.waitForLine(new RegExp(`^Worker polling task queue my-task-queue at ${chosen.address}`), 60_000);
      expect(worker.lines.join('\n')).not.toMatch(/Started the Temporal dev server/);
      await expect(isListening('127.0.0.1', port)).resolves.toBe(false);
    } finally {
      await worker.stop('SIGINT');
    }
  } finally {
    await chosen.teardown();
  }
});
