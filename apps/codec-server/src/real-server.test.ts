import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { promisify } from 'node:util';
import { Client } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { createDataConverter } from '@reference/data-converter';
import { createLocalTestEnv, resolveTemporalCli } from '@reference/temporal-server';
import { GreetingWorkflow, TASK_QUEUE } from '@reference/workflows';
import { toJson } from './payload-json';
import { serve } from './serve.test-helpers';

const keys = `2026-11:${randomBytes(32).toString('base64')}`;
const workflowId = `codec-${randomUUID()}`;
let testEnv: TestWorkflowEnvironment;
let codecServer: Awaited<ReturnType<typeof serve>>;
let history: temporal.api.history.v1.IHistory;

beforeAll(async () => {
  [testEnv, codecServer] = await Promise.all([createLocalTestEnv(), serve(keys)]);
  const dataConverter = createDataConverter({ TEMPORAL_ENCRYPTION_KEYS: keys });
  const client = new Client({ connection: testEnv.connection, dataConverter });
  const worker = await Worker.create({
    connection: testEnv.nativeConnection,
    taskQueue: TASK_QUEUE,
    workflowsPath: require.resolve('@reference/workflows/registry'),
    activities,
    dataConverter,
  });
  await worker.runUntil(async () => {
    const handle = await client.workflow.start(GreetingWorkflow, {
      taskQueue: TASK_QUEUE,
      workflowId,
      args: ['Ada Lovelace'],
    });
    await handle.result();
    history = await handle.fetchHistory();
  });
});
afterAll(async () => {
  await Promise.all([testEnv?.teardown(), codecServer?.stop()]);
});

test('the history as the server stores it holds no plaintext; the codec server decodes it', async () => {
  expect(Buffer.from(temporal.api.history.v1.History.encode(history).finish()).includes('Ada Lovelace')).toBe(false);
  const completed = history.events?.find((e) => e.workflowExecutionCompletedEventAttributes);
  const payloads = completed?.workflowExecutionCompletedEventAttributes?.result?.payloads ?? [];
  const response = await fetch(`${codecServer.url}/decode`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Namespace': 'default' },
    body: JSON.stringify({ payloads: payloads.map(toJson) }),
  });
  const decoded = (await response.json()) as { payloads: { data: string }[] };
  expect(decoded.payloads.map((p) => Buffer.from(p.data, 'base64').toString())).toEqual(['"Hello, Ada Lovelace!"']);
});

// The CLI's JSON output keeps payloads in base64, so the expectations are too.
const base64 = (text: string) => Buffer.from(text).toString('base64');

test('`temporal workflow show --codec-endpoint` prints the decrypted input and result', async () => {
  const cli = resolveTemporalCli().executable;
  if (cli.type !== 'existing-path') throw new Error('the Temporal CLI is not installed: run pnpm temporal:install');
  const args = ['workflow', 'show', '--workflow-id', workflowId, '--address', testEnv.address, '--output', 'json'];
  const show = (extra: string[]) => promisify(execFile)(cli.path, [...args, ...extra], { timeout: 20_000 });
  const withCodec = await show(['--codec-endpoint', codecServer.url]);
  expect(withCodec.stdout).toContain(base64('"Ada Lovelace"'));
  expect(withCodec.stdout).toContain(base64('"Hello, Ada Lovelace!"'));
  const without = await show([]);
  expect(without.stdout).not.toContain(base64('"Hello, Ada Lovelace!"'));
  expect(without.stdout).toContain(base64('binary/encrypted'));
});
