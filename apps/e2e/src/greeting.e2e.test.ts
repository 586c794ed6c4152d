import path from 'node:path';
import { BackgroundProcess, run } from './processes';
import { useServerForProcesses } from './worker-process';

const workerDir = path.dirname(require.resolve('@reference/worker/package.json'));
const reportWebpackRuns = path.join(__dirname, '../dist/fixtures/report-webpack-runs.js');

const e2e = useServerForProcesses();

describe.each([
  // What `turbo run dev` runs in apps/worker: workflows bundled from source at start.
  { start: 'dev', script: 'dist/dev.js', bundlesAtBoot: true },
  // What `pnpm --filter @reference/worker start` runs in production: the bundle written by `build`.
  { start: 'production', script: 'dist/main.js', bundlesAtBoot: false },
])('the $start worker process', ({ script, bundlesAtBoot }) => {
  let worker: BackgroundProcess;

  beforeAll(async () => {
    worker = new BackgroundProcess('node', ['--require', reportWebpackRuns, script], {
      cwd: workerDir,
      env: e2e.env,
    });
    await worker.waitForLine(/^Worker polling task queue my-task-queue/, 60_000);
  });

  afterAll(async () => {
    await worker?.stop('SIGKILL');
  });

  test('uses the configured server and starts none of its own', () => {
    expect(worker.lines.join('\n')).not.toMatch(/Started the Temporal dev server/);
    expect(worker.lines).toContainEqual(expect.stringContaining(`at ${e2e.server.address} (namespace default)`));
  });

  test(`${bundlesAtBoot ? 'bundles' : 'never bundles'} workflow code at boot`, () => {
    expect(worker.lines.some((line) => /Workflow bundle created/.test(line))).toBe(bundlesAtBoot);
    expect(worker.lines.includes('webpack compiler invoked')).toBe(bundlesAtBoot);
  });

  test('`pnpm --filter starter start` prints the greeting’s result line', async () => {
    const { code, stdout } = await run('pnpm', ['--filter', 'starter', 'start'], { env: e2e.env });
    expect(code).toBe(0);
    expect(stdout.split('\n')).toContain('Result: Hello, my name!');
  });

  test('the starter greets a name given on the command line', async () => {
    const { code, stdout } = await run('pnpm', ['--filter', 'starter', 'start', 'greet', 'Temporal'], { env: e2e.env });
    expect(code).toBe(0);
    expect(stdout.split('\n')).toContain('Result: Hello, Temporal!');
  });

  test('SIGTERM shuts the worker down cleanly', async () => {
    await expect(worker.stop('SIGTERM')).resolves.toBe(0);
  });
});
