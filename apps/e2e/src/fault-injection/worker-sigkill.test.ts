import { waitFor } from '@reference/testing/wait';
import { LedgerPostingWorkflow, TASK_QUEUE } from '@reference/workflows';
import type { BackgroundProcess } from '../processes';
import { LedgerDir } from '../ledger-dir';
import { startWorkerProcess, useServerForProcesses } from '../worker-process';

// As many as the worker runs at once (maxConcurrentActivityTaskExecutions), so all are mid-activity together.
const WORKFLOWS = Number(process.env.FAULT_WORKFLOWS ?? 100);

const setup = useServerForProcesses();
let worker: BackgroundProcess | undefined;

afterAll(async () => {
  await worker?.stop('SIGKILL');
});

test(`SIGKILL with ${WORKFLOWS} workflows mid-activity: after a restart all complete, no effect applied twice`, async () => {
  const ledger = new LedgerDir();
  // Each posting is applied at once, then takes 6 s to confirm: the crash lands between effect and completion.
  const env = { ...setup.env, LEDGER_DIR: ledger.dir, LEDGER_CONFIRM_MS: '6000' };
  worker = await startWorkerProcess(env);

  const handles = await Promise.all(
    Array.from({ length: WORKFLOWS }, (_, i) =>
      setup.server.client.workflow.start(LedgerPostingWorkflow, {
        taskQueue: TASK_QUEUE,
        workflowId: `sigkill-${i}`,
        args: [{ account: `acct-${i}`, amountCents: 100 + i }],
      }),
    ),
  );
  await waitFor(() => ledger.entries().length === WORKFLOWS, `all ${WORKFLOWS} postings are applied`, {
    timeoutMs: 60_000,
  });
  await worker.stop('SIGKILL');

  worker = await startWorkerProcess(env);
  const receipts = await Promise.all(handles.map((handle) => handle.result()));

  expect(receipts.map((r) => r.amountCents)).toEqual(Array.from({ length: WORKFLOWS }, (_, i) => 100 + i));
  // Every workflow was still mid-activity at the kill: its receipt comes from a retry.
  expect(receipts.filter((r) => r.attempt < 2)).toEqual([]);
  expect(ledger.entries()).toHaveLength(WORKFLOWS);
  expect(ledger.calls().filter((call) => !call.applied).length).toBeGreaterThanOrEqual(WORKFLOWS);
  expect(ledger.duplicateEffects()).toEqual([]);
}, 180_000);
