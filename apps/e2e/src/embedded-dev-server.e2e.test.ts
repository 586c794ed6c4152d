import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import { isListening } from '@reference/temporal-server';
import { BackgroundProcess, run } from './processes';

const workerDir = path.dirname(require.resolve('@reference/worker/package.json'));
// As on a newcomer's machine: no TEMPORAL_ADDRESS, so everything uses the default localhost:7233.
const { TEMPORAL_ADDRESS: _ignored, ...defaultServerEnv } = process.env;

/** `turbo run dev` with no TEMPORAL_ADDRESS: the worker's dev start, with the embedded dev server's state in a temp dir. */
function startDevWorker(dbFile: string): BackgroundProcess {
  const env = { ...defaultServerEnv, TEMPORAL_DEV_SERVER_DB: dbFile };
  return new BackgroundProcess('node', ['dist/dev.js'], { cwd: workerDir, env });
}

async function greet(name: string): Promise<string> {
  const { stdout, stderr } = await run('pnpm', ['--filter', 'starter', 'start', 'greet', name], {
    env: defaultServerEnv,
  });
  return stdout.split('\n').find((line) => line.startsWith('Result: ')) ?? stderr;
}

test('with nothing on localhost:7233, dev starts a persistent dev server; workflows survive its restart', async () => {
  if (await isListening('127.0.0.1', 7233)) {
    // A developer's server already answers: the embedded default must reuse it rather than start another.
    const worker = startDevWorker(path.join(mkdtempSync(path.join(tmpdir(), 'dev-db-')), 'dev.sqlite'));
    await worker.waitForLine(/^Worker polling task queue my-task-queue at localhost:7233/, 60_000);
    expect(worker.lines.join('\n')).not.toMatch(/Started the Temporal dev server/);
    await worker.stop();
    return;
  }
  const dbFile = path.join(mkdtempSync(path.join(tmpdir(), 'dev-db-')), 'dev.sqlite');

  const first = startDevWorker(dbFile);
  await first.waitForLine(
    /^Started the Temporal dev server at localhost:7233; Web UI at http:\/\/localhost:8233/,
    60_000,
  );
  await first.waitForLine(/^Worker polling task queue my-task-queue at localhost:7233/, 60_000);
  await expect(greet('before restart')).resolves.toBe('Result: Hello, before restart!');
  await expect(first.stop('SIGINT')).resolves.toBe(0);
  await expect(isListening('127.0.0.1', 7233)).resolves.toBe(false);

  const second = startDevWorker(dbFile);
  try {
    await second.waitForLine(/^Worker polling task queue my-task-queue/, 60_000);
    const connection = await Connection.connect({ address: 'localhost:7233' });
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
