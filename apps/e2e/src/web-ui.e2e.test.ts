import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { chromium, type BrowserContext } from 'playwright-core';
import type { GreetingWorkflow } from '@reference/workflows';
import { getRandomPort } from 'get-port-please';
import type { BackgroundProcess } from './processes';
import { startDevServer, startWorkerProcess } from './worker-process';

// Debian's Chromium (`apt-get install chromium`, done by .ci/run); playwright-core drives it and downloads nothing.
const CHROMIUM = '/usr/bin/chromium';

let server: TestWorkflowEnvironment;
let uiPort: number;
let worker: BackgroundProcess;
let browser: BrowserContext;

beforeAll(async () => {
  uiPort = await getRandomPort('127.0.0.1');
  // A dev server with its Web UI on a free port, as `pnpm dev` serves it on 8233, so tests never collide.
  server = await startDevServer({ ui: true, uiPort });
  worker = await startWorkerProcess({ ...process.env, TEMPORAL_ADDRESS: server.address });
  // A fresh profile each run (the user-data dir), so nothing from another run or a person's browser leaks in.
  browser = await chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'chromium-')), {
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await worker?.stop('SIGKILL');
  await server?.teardown();
});

test('the Web UI shows a finished greeting’s result on its workflow page', async () => {
  const workflowId = `web-ui-${randomUUID()}`;
  const result = await server.client.workflow.execute<typeof GreetingWorkflow>('GreetingWorkflow', {
    taskQueue: 'my-task-queue',
    workflowId,
    args: ['Web UI'],
  });
  expect(result).toBe('Hello, Web UI!');

  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${uiPort}/namespaces/default/workflows/${workflowId}`);
  await page.getByText('Hello, Web UI!').first().waitFor({ timeout: 30_000 });
  await expect(page.getByText('Completed').first().isVisible()).resolves.toBe(true);
});
