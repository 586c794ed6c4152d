import { Context, CancelledFailure } from '@temporalio/activity';
import { type BatchFailure, type BatchPageInput, MAX_REPORTED_BATCH_FAILURES } from '@reference/models';
import { parseBatchLine } from './batch-record';
import { readPage } from './batch-source';
import { BatchStore, type PageRecord } from '@reference/batch-store';

export type { BatchPageInput } from '@reference/models';

/** What one page came to; the workflow adds it to its counters once, however many attempts the page took. */
export interface BatchPageResult {
  page: number;
  stored: number;
  alreadyStored: number;
  /** Lines that failed validation, or whose SKU an earlier line had: counted, reported, never retried. */
  failed: number;
  /** The first few of them. */
  failures: BatchFailure[];
}

const HEARTBEAT_EVERY = 100;

/**
 * How long processing one record takes besides storing it (BATCH_RECORD_MS, default 0): the stand-in for the call
 * a real batch makes per record (a pricing service, a mail gateway), and what lets a test stop a worker mid-page.
 */
function recordWorkMs(): number {
  const ms = Number(process.env.BATCH_RECORD_MS ?? 0);
  return Number.isFinite(ms) && ms > 0 ? ms : 0;
}

/**
 * Processes one page of a batch: reads its lines, checks each record, and stores the valid ones and the rejected
 * lines in one transaction, keyed by the batch (its workflow id) and the record's SKU. Idempotent: an attempt after
 * one that committed (a worker killed between commit and completion) finds every record stored and writes nothing.
 * A cancelled page stops between records and stores nothing.
 */
export async function processBatchPage(input: BatchPageInput): Promise<BatchPageResult> {
  const context = Context.current();
  const { info } = context;
  const batchId = info.workflowExecution?.workflowId ?? info.activityId;
  const lines = await readPage(input.sourcePath, input.source, input.page, input.pageSize);
  const workMs = recordWorkMs();
  const firstLine = input.page * input.pageSize + 1;
  const records: PageRecord[] = [];
  const rejects: BatchFailure[] = [];
  for (const [index, text] of lines.entries()) {
    const line = firstLine + index;
    const parsed = parseBatchLine(text);
    if ('record' in parsed) records.push({ ...parsed.record, line });
    else rejects.push({ line, reason: parsed.reason });
    // A heartbeat tells the server this worker is alive (the worker sends one per MAX_HEARTBEAT_THROTTLE_MS at
    // most), and its answer brings a cancellation, which sleep throws.
    if (workMs > 0 || index % HEARTBEAT_EVERY === 0) context.heartbeat(line);
    if (workMs > 0) await context.sleep(workMs);
  }
  if (context.cancellationSignal.aborted) throw new CancelledFailure('page cancelled before it was stored');
  const outcome = BatchStore.at(input.storePath).storePage({
    batchId,
    page: input.page,
    attempt: info.attempt,
    records,
    rejects,
  });
  const failures = [...rejects, ...outcome.duplicates].sort((a, b) => a.line - b.line);
  return {
    page: input.page,
    stored: outcome.stored,
    alreadyStored: outcome.alreadyStored,
    failed: failures.length,
    failures: failures.slice(0, MAX_REPORTED_BATCH_FAILURES),
  };
}
