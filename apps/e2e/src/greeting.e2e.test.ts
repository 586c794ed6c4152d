import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { createLocalTestEnv } from '@reference/temporal-server';
import { BackgroundProcess, run } from './processes';

const workerDir = path.dirname(require.resolve('@reference/worker/package.json'));

let server: TestWorkflowEnvironment;
let worker: BackgroundProcess;
let serverEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  server = await createLocalTestEnv();
  serverEnv = { ...process.env, TEMPORAL_ADDRESS: server.address, TEMPORAL_NAMESPACE: 'default' };
  // What `turbo run dev` runs in apps/worker; with TEMPORAL_ADDRESS set it must not start a server of its own.
  worker = new BackgroundProcess('node', ['dist/dev.js'], { cwd: workerDir, env: serverEnv });
  await worker.waitForLine(/^Worker polling task queue my-task-queue/, 60_000);
});

afterAll(async () => {
  await worker?.stop();
  await server?.teardown();
});

test('the worker uses the configured server and starts none of its own', () => {
  expect(worker.lines.join('\n')).not.toMatch(/Started the Temporal dev server/);
  expect(worker.lines).toContainEqual(expect.stringContaining(`at ${server.address} (namespace default)`));
});

test('`pnpm --filter starter start` prints the seed’s result line', async () => {
  const { code, stdout } = await run('pnpm', ['--filter', 'starter', 'start'], { env: serverEnv });
  expect(code).toBe(0);
  expect(stdout.split('\n')).toContain('Result: Hello, my name!');
});

test('the starter greets a name given on the command line', async () => {
  const { code, stdout } = await run('pnpm', ['--filter', 'starter', 'start', 'Temporal'], { env: serverEnv });
  expect(code).toBe(0);
  expect(stdout.split('\n')).toContain('Result: Hello, Temporal!');
});

test('SIGTERM shuts the worker down cleanly', async () => {
  await expect(worker.stop('SIGTERM')).resolves.toBe(0);
});
