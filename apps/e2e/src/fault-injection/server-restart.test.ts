import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { waitFor } from '@reference/testing/wait';
import { LedgerPostingWorkflow, TASK_QUEUE } from '@reference/workflows';
import { getRandomPort } from 'get-port-please';
import { LedgerDir } from '../ledger-dir';
import type { BackgroundProcess } from '../processes';
import { startDevServer, startWorkerProcess } from '../worker-process';

const WORKFLOWS = 30;

let server: TestWorkflowEnvironment | undefined;
let worker: BackgroundProcess | undefined;

afterAll(async () => {
  await worker?.stop('SIGKILL');
  await server?.teardown();
});

test('the dev server stops while workflows are open and starts again on its SQLite file: all complete', async () => {
  const dbFilename = path.join(mkdtempSync(path.join(tmpdir(), 'server-restart-')), 'temporal.sqlite');
  const serverOptions = { port: await getRandomPort('127.0.0.1'), dbFilename };
  server = await startDevServer(serverOptions);
  const ledger = new LedgerDir();
  const env = { ...process.env, TEMPORAL_ADDRESS: server.address, LEDGER_DIR: ledger.dir, LEDGER_CONFIRM_MS: '4000' };
  worker = await startWorkerProcess(env);
  const workflowIds = Array.from({ length: WORKFLOWS }, (_, i) => `server-restart-${i}`);
  for (const [i, workflowId] of workflowIds.entries()) {
    await server.client.workflow.start(LedgerPostingWorkflow, {
      taskQueue: TASK_QUEUE,
      workflowId,
      args: [{ account: `acct-${i}`, amountCents: 10 * (i + 1) }],
    });
  }
  await waitFor(() => ledger.entries().length === WORKFLOWS, `all ${WORKFLOWS} postings are applied`, {
    timeoutMs: 60_000,
  });

  await server.teardown();
  server = undefined;
  server = await startDevServer(serverOptions);

  const restarted = server.client;
  const receipts = await Promise.all(
    workflowIds.map((id) => restarted.workflow.getHandle<typeof LedgerPostingWorkflow>(id).result()),
  );
  expect(receipts.map((r) => r.amountCents)).toEqual(workflowIds.map((_, i) => 10 * (i + 1)));
  expect(ledger.entries()).toHaveLength(WORKFLOWS);
  expect(ledger.duplicateEffects()).toEqual([]);
  // Visibility is eventually consistent: the last completion can reach it a moment after its result.
  const completed = "WorkflowType='LedgerPostingWorkflow' AND ExecutionStatus='Completed'";
  await waitFor(
    async () => (await restarted.workflow.count(completed)).count === WORKFLOWS,
    `visibility counts all ${WORKFLOWS} as completed`,
    { timeoutMs: 10_000 },
  );
  expect(worker.lines.join('\n')).not.toMatch(/Worker failed|Fatal/i);
}, 180_000);
