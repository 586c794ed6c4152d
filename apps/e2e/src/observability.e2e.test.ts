import path from 'node:path';
import { getRandomPort } from 'get-port-please';
import { BackgroundProcess, run } from './processes';
import { useServerForProcesses } from './worker-process';

const workerDir = path.dirname(require.resolve('@reference/worker/package.json'));

const setup = useServerForProcesses();
let worker: BackgroundProcess;
let metricsUrl: string;

beforeAll(async () => {
  const bindAddress = `127.0.0.1:${await getRandomPort('127.0.0.1')}`;
  metricsUrl = `http://${bindAddress}/metrics`;
  // The production worker as an operator would tune it: metrics on, resource-based slots, autoscaled pollers.
  worker = new BackgroundProcess('node', ['dist/main.js'], {
    cwd: workerDir,
    env: {
      ...setup.env,
      PROMETHEUS_BIND_ADDRESS: bindAddress,
      LOG_LEVEL: 'info',
      WORKER_TUNER: 'resource-based',
      WORKER_POLLERS: 'autoscaling',
    },
  });
  await worker.waitForLine(/^Worker polling task queue my-task-queue/, 60_000);
  const { code, stdout } = await run('pnpm', ['--filter', 'starter', 'start', 'greet', 'metrics'], { env: setup.env });
  expect({ code, result: stdout.split('\n').find((line) => line.startsWith('Result:')) }).toEqual({
    code: 0,
    result: 'Result: Hello, metrics!',
  });
});

afterAll(async () => {
  await worker?.stop('SIGKILL');
});

test('the worker announces its metrics endpoint', () => {
  expect(worker.lines).toContain(`Metrics at ${metricsUrl}`);
});

test('after a greeting, the Prometheus endpoint serves the SDK’s metrics and the business counter', async () => {
  const body = await (await fetch(metricsUrl)).text();
  expect(body).toMatch(/^temporal_workflow_completed\{.*workflow_type="GreetingWorkflow".*\} 1$/m);
  expect(body).toMatch(/^temporal_activity_execution_latency_count\{.*activity_type="greet".*\} 1$/m);
  expect(body).toMatch(/^greetings_completed\{.*workflowType="GreetingWorkflow".*\} 1$/m);
});

test('workflow and activity logs are JSON lines on stdout with their Temporal context', async () => {
  // The runtime holds log lines for 100 ms to order them with Core's own.
  await worker.waitForLine(/"msg":"Greeting finished"/);
  const entries = worker.lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as object);
  expect(entries).toContainEqual(
    expect.objectContaining({ sdkComponent: 'workflow', workflowType: 'GreetingWorkflow', msg: 'Greeting started' }),
  );
  expect(entries).toContainEqual(
    expect.objectContaining({ sdkComponent: 'activity', activityType: 'greet', attempt: 1, msg: 'Greeting' }),
  );
});

test('a bad setting stops the worker before it connects, with one line naming the variable', async () => {
  const { code, stdout, stderr } = await run('node', ['dist/main.js'], {
    cwd: workerDir,
    env: { ...setup.env, WORKER_POLLERS: 'lots' },
  });
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr.trim().split('\n')).toEqual([
    expect.stringMatching(/^worker: bad worker configuration: WORKER_POLLERS: /),
  ]);
});
