import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BatchStore } from '@reference/batch-store';
import { writeSampleBatchSource } from '@reference/models';
import { waitFor } from '@reference/testing/wait';
import { BatchWorkflow, TASK_QUEUE } from '@reference/workflows';
import type { BackgroundProcess } from '../processes';
import { startWorkerProcess, useServerForProcesses } from '../worker-process';

const RECORDS = Number(process.env.FAULT_BATCH_RECORDS ?? 600);
const INVALID = 6;
const PAGE = 20;
const WINDOW = 4;
const BOUND = 120;

const setup = useServerForProcesses();
let worker: BackgroundProcess | undefined;

afterAll(async () => {
  await worker?.stop('SIGKILL');
});

async function runEvents(workflowId: string, runId: string) {
  return (await setup.server.client.workflow.getHandle(workflowId, runId).fetchHistory()).events ?? [];
}

/** Every page's attempts, over every run of the batch: from each ActivityTaskStarted back to its page's input. */
async function pageAttempts(
  workflowId: string,
  firstRunId: string,
): Promise<{ attempts: Map<number, number>; runLengths: number[] }> {
  const { payloadConverter } = setup.server.client.options.loadedDataConverter;
  const attempts = new Map<number, number>();
  const runLengths: number[] = [];
  for (let runId: string | null | undefined = firstRunId; runId;) {
    const events = await runEvents(workflowId, runId);
    runLengths.push(events.length);
    const pageOf = new Map<string, number>();
    for (const event of events) {
      const scheduled = event.activityTaskScheduledEventAttributes;
      if (scheduled?.activityType?.name === 'processBatchPage') {
        pageOf.set(
          String(event.eventId),
          payloadConverter.fromPayload<{ page: number }>(scheduled.input!.payloads![0]!).page,
        );
      }
      const started = event.activityTaskStartedEventAttributes;
      const page = started ? pageOf.get(String(started.scheduledEventId)) : undefined;
      if (page !== undefined) attempts.set(page, Math.max(attempts.get(page) ?? 0, started?.attempt ?? 1));
    }
    runId = events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId;
  }
  return { attempts, runLengths };
}

test(`a batch of ${RECORDS} records, its worker SIGKILLed mid-page twice: every record is stored once`, async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'batch-sigkill-'));
  const sourcePath = path.join(dir, 'records.jsonl');
  const storePath = path.join(dir, 'batch.sqlite');
  await writeSampleBatchSource(sourcePath, RECORDS, INVALID);
  // A page takes a second (50 ms a record), so every kill lands with pages half processed.
  const env = { ...setup.env, BATCH_RECORD_MS: '50' };
  worker = await startWorkerProcess(env);
  const handle = await setup.server.client.workflow.start(BatchWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: `batch-sigkill-${Date.now()}`,
    args: [{ sourcePath, storePath, pageSize: PAGE, window: WINDOW, maxHistoryEvents: BOUND }],
  });
  const store = BatchStore.at(storePath);
  const stored = () => store.counts(handle.workflowId).records;

  for (const rows of [RECORDS / 4, RECORDS / 2]) {
    // Mid-batch and mid-page: this many rows stored, and pages the worker has started (they heartbeat) not yet done.
    await waitFor(
      async () =>
        stored() >= rows && ((await handle.describe()).raw.pendingActivities ?? []).some((a) => a.lastStartedTime),
      `${rows} rows are stored and pages are in flight`,
      { timeoutMs: 90_000 },
    );
    await worker.stop('SIGKILL');
    worker = await startWorkerProcess(env);
  }
  const result = await handle.result();

  const valid = RECORDS - INVALID;
  expect(result).toMatchObject({ status: 'completed', records: RECORDS, processed: valid, failed: INVALID });
  expect(result.stored + result.alreadyStored).toBe(valid);
  expect(store.counts(handle.workflowId)).toEqual({ records: valid, rejects: INVALID });
  expect(new Set(store.records(handle.workflowId).map((r) => r.sku)).size).toBe(valid);

  // Only pages in flight at a kill ran again (Temporal's at-least-once retry), each once per kill at most.
  const { attempts, runLengths } = await pageAttempts(handle.workflowId, handle.firstExecutionRunId);
  expect(attempts.size).toBe(RECORDS / PAGE);
  const retried = [...attempts].filter(([, attempt]) => attempt > 1);
  expect(retried.length).toBeGreaterThanOrEqual(1);
  expect(retried.length).toBeLessThanOrEqual(2 * WINDOW);
  expect(Math.max(...attempts.values())).toBeLessThanOrEqual(3);
  const retriedPages = new Set(retried.map(([page]) => page));
  expect(store.records(handle.workflowId).filter((r) => r.attempt > 1 && !retriedPages.has(r.page))).toEqual([]);
  // Continue-as-new went on through the kills, and no run's history passed the bound.
  expect(runLengths.length).toBe(result.runs);
  expect(result.runs).toBeGreaterThan(1);
  expect(Math.max(...runLengths)).toBeLessThanOrEqual(BOUND);
}, 240_000);
