import { randomBytes, randomUUID } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { workspaceRoot } from '@reference/temporal-server';
import { waitFor } from '@reference/testing/wait';
import { getRandomPort } from 'get-port-please';
import { asUser, imageRuntime, type ImageRuntime } from './image-runtime';
import { BackgroundProcess, run } from './processes';
import { startDevServer } from './worker-process';

// What each image runs, from a folder made as its Dockerfile's build stage makes it (scripts/deploy.sh), in a
// temporary directory with nothing of the monorepo around it, with the runtime stage's command, user and environment.
const apps = ['worker', 'starter', 'codec-server'] as const;
type App = (typeof apps)[number];
const base = mkdtempSync(path.join(tmpdir(), 'deploy-'));
const folder = (app: App) => path.join(base, app);
// The container's own /tmp, where the private state folder goes, instead of the host's.
const containerTmp = path.join(base, 'tmp');
const image = Object.fromEntries(
  apps.map((app) => [app, imageRuntime(path.join(workspaceRoot, 'apps', app, 'Dockerfile'))]),
) as Record<App, ImageRuntime>;
const keys = `k1:${randomBytes(32).toString('base64')}`;
let server: TestWorkflowEnvironment;

/** The environment a `docker run -e ...` gives: the image's ENV, the variables passed, a PATH with node on it. */
const envFor = (app: App, extra: Record<string, string>): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  TMPDIR: containerTmp,
  ...image[app].env,
  ...extra,
});
const spawnArgs = (app: App, argv: string[]) => asUser(image[app].user, argv);

beforeAll(async () => {
  chmodSync(base, 0o755); // the image's user must reach the folders
  mkdirSync(containerTmp, { mode: 0o1777 });
  chmodSync(containerTmp, 0o1777);
  for (const app of apps) {
    const deploy = await run('bash', [path.join(workspaceRoot, 'scripts/deploy.sh'), app, folder(app)]);
    if (deploy.code !== 0) throw new Error(`scripts/deploy.sh ${app} failed:\n${deploy.stderr}`);
  }
  server = await startDevServer();
}, 600_000);
afterAll(async () => {
  await server?.teardown();
  rmSync(base, { recursive: true, force: true });
});

test.each(apps)('the %s image is made of that folder: its build stage runs the same script', (app) => {
  const dockerfile = readFileSync(path.join(workspaceRoot, 'apps', app, 'Dockerfile'), 'utf8');
  expect(dockerfile).toContain(`bash scripts/deploy.sh ${app} /deploy`);
  expect(dockerfile).toContain('COPY --from=build /deploy /app');
  expect(image[app].user).not.toMatch(/^(root|0)$/);
});

const sizeMb = async (dir: string) => Number((await run('du', ['-sm', dir])).stdout.split('\t')[0]);

test.each(apps)('the %s folder holds its runtime only: no test tooling, no TypeScript', async (app) => {
  const installed = readdirSync(path.join(folder(app), 'node_modules/.pnpm'));
  for (const tooling of ['@temporalio+testing@', '@reference+temporal-server@', 'typescript@', 'jest@']) {
    expect(installed.filter((name) => name.startsWith(tooling))).toEqual([]);
  }
  // Packing always takes a package's README, for the apps that have one.
  const readme = existsSync(path.join(workspaceRoot, 'apps', app, 'README.md')) ? ['README.md'] : [];
  expect(readdirSync(folder(app)).sort()).toEqual([...readme, 'dist', 'node_modules', 'package.json']);
  if (app === 'worker') expect(await sizeMb(folder(app))).toBeLessThan(150);
});

test('worker and starter from their folders greet, the worker healthy and stopped by SIGTERM; the codec server decodes the result', async () => {
  const connection = {
    TEMPORAL_ADDRESS: server.address,
    TEMPORAL_NAMESPACE: 'default',
    TEMPORAL_ENCRYPTION_KEYS: keys,
  };
  // A container has its own loopback; on this shared host the metrics get a free port instead of the image's 9464.
  const workerEnv = envFor('worker', {
    ...connection,
    PROMETHEUS_BIND_ADDRESS: `127.0.0.1:${await getRandomPort('127.0.0.1')}`,
  });
  const [command, args] = spawnArgs('worker', image.worker.cmd);
  const worker = new BackgroundProcess(command, args, { cwd: folder('worker'), env: workerEnv });
  try {
    await worker.waitForLine(/^Worker polling task queue my-task-queue .* with prebuilt bundle$/, 60_000);
    const [hcCommand, hcArgs] = spawnArgs('worker', image.worker.healthcheck!);
    await waitFor(
      async () => (await run(hcCommand, hcArgs, { cwd: folder('worker'), env: workerEnv })).code === 0,
      'the worker health check passes',
    );

    const name = `Ada ${randomUUID()}`;
    const [starterCommand, starterArgs] = spawnArgs('starter', [...image.starter.entrypoint, 'greet', name]);
    const greeting = await run(starterCommand, starterArgs, {
      cwd: folder('starter'),
      env: envFor('starter', connection),
    });
    expect(greeting).toMatchObject({ code: 0, stderr: '' });
    expect(greeting.stdout).toContain(`Result: Hello, ${name}!`);

    await expect(decodedResultOf(name)).resolves.toContain(`Hello, ${name}!`);
  } finally {
    expect(await worker.stop('SIGTERM')).toBe(0);
  }
});

/** The greeting's result as the server stores it (encrypted), decoded by the deployed codec server. */
async function decodedResultOf(name: string): Promise<string> {
  const query = `WorkflowType = 'GreetingWorkflow' AND ExecutionStatus = 'Completed'`;
  let workflowId: string | undefined;
  await waitFor(async () => {
    for await (const execution of server.client.workflow.list({ query })) workflowId = execution.workflowId;
    return workflowId !== undefined;
  }, 'the greeting is visible');
  const history = await server.client.workflow.getHandle(workflowId!).fetchHistory();
  const completed = history.events?.find((e) => e.workflowExecutionCompletedEventAttributes);
  const [payload] = completed?.workflowExecutionCompletedEventAttributes?.result?.payloads ?? [];
  expect(Buffer.from(payload?.data ?? []).toString()).not.toContain(name);

  const token = randomBytes(16).toString('hex');
  // The image's port is the container's own; here it must be free on the host.
  const port = String(await getRandomPort('127.0.0.1'));
  const codecEnv = envFor('codec-server', {
    TEMPORAL_ENCRYPTION_KEYS: keys,
    CODEC_SERVER_TOKEN: token,
    CODEC_SERVER_PORT: port,
  });
  const [command, args] = spawnArgs('codec-server', image['codec-server'].cmd);
  const codec = new BackgroundProcess(command, args, { cwd: folder('codec-server'), env: codecEnv });
  try {
    await codec.waitForLine(/^Codec server on http:\/\/0\.0\.0\.0:\d+ \(reachable from the network; bearer token/);
    const [hcCommand, hcArgs] = spawnArgs('codec-server', image['codec-server'].healthcheck!);
    expect(await run(hcCommand, hcArgs, { cwd: folder('codec-server'), env: codecEnv })).toMatchObject({ code: 0 });
    const response = await fetch(`http://127.0.0.1:${port}/decode`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ payloads: [toJson(payload!)] }),
    });
    expect(response.status).toBe(200);
    const { payloads } = (await response.json()) as { payloads: { data: string }[] };
    return Buffer.from(payloads[0]!.data, 'base64').toString();
  } finally {
    expect(await codec.stop('SIGTERM')).toBe(0);
  }
}

/** A payload as the codec-server protocol writes it: metadata values and data in base64. */
function toJson({ metadata, data }: { metadata?: Record<string, Uint8Array> | null; data?: Uint8Array | null }) {
  const base64 = (bytes?: Uint8Array | null) => Buffer.from(bytes ?? []).toString('base64');
  return {
    metadata: Object.fromEntries(Object.entries(metadata ?? {}).map(([k, v]) => [k, base64(v)])),
    data: base64(data),
  };
}

test("the starter's approvals inbox opens from its folder in the user's private folder", async () => {
  const [command, args] = spawnArgs('starter', [...image.starter.entrypoint, 'approval', 'list']);
  const listed = await run(command, args, { cwd: folder('starter'), env: envFor('starter', {}) });
  // As root the test runs it as the image's user; otherwise as itself.
  const uid =
    process.getuid?.() === 0 ? (await run('id', ['-u', image.starter.user])).stdout.trim() : process.getuid?.();
  const inbox = path.join(containerTmp, `temporal-reference-${uid}`);
  expect(listed).toMatchObject({ code: 0, stdout: `No pending approvals in ${inbox}/approvals.sqlite\n` });
  expect(statSync(inbox).mode & 0o777).toBe(0o700);
  expect(statSync(path.join(inbox, 'approvals.sqlite')).mode & 0o777).toBe(0o600);
});

test('the codec server image refuses to start without a token, in one line', async () => {
  const [command, args] = spawnArgs('codec-server', image['codec-server'].cmd);
  const refused = await run(command, args, {
    cwd: folder('codec-server'),
    env: envFor('codec-server', { TEMPORAL_ENCRYPTION_KEYS: keys }),
  });
  expect(refused).toMatchObject({
    code: 1,
    stderr:
      'codec-server: CODEC_SERVER_HOST 0.0.0.0 is not loopback: set CODEC_SERVER_TOKEN so requests need a bearer token\n',
  });
});
