import { waitFor } from '@reference/testing/wait';
import { LedgerPostingWorkflow, TASK_QUEUE } from '@reference/workflows';
import { LedgerDir } from '../ledger-dir';
import type { BackgroundProcess } from '../processes';
import { startWorkerProcess, useServerForProcesses } from '../worker-process';

const WORKFLOWS = 50;

const setup = useServerForProcesses();
const workers: BackgroundProcess[] = [];

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop('SIGKILL')));
});

test('SIGTERM during in-flight activities: they finish within the grace time and nothing is lost', async () => {
  const ledger = new LedgerDir();
  const env = { ...setup.env, LEDGER_DIR: ledger.dir, LEDGER_CONFIRM_MS: '3000' };
  const first = await startWorkerProcess(env);
  workers.push(first);
  const handles = await Promise.all(
    Array.from({ length: WORKFLOWS }, (_, i) =>
      setup.server.client.workflow.start(LedgerPostingWorkflow, {
        taskQueue: TASK_QUEUE,
        workflowId: `sigterm-${i}`,
        args: [{ account: `acct-${i}`, amountCents: 1 + i }],
      }),
    ),
  );
  await waitFor(() => ledger.entries().length === WORKFLOWS, `all ${WORKFLOWS} postings are applied`, {
    timeoutMs: 60_000,
  });

  await expect(first.stop('SIGTERM')).resolves.toBe(0);

  // A new worker only has workflow tasks left: every activity completed in the first one's grace time (one cut off at
  // its end would be retried there, as attempt 2). How long the drain took on the clock proves nothing more.
  workers.push(await startWorkerProcess(env));
  const receipts = await Promise.all(handles.map((handle) => handle.result()));
  expect(receipts.map((r) => r.attempt)).toEqual(Array.from({ length: WORKFLOWS }, () => 1));
  expect(ledger.calls()).toHaveLength(WORKFLOWS);
  expect(ledger.duplicateEffects()).toEqual([]);
}, 120_000);
