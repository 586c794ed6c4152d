import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { activityInfo, Context } from '@temporalio/activity';
import { parseCatalogLine } from './catalog-record';
import { upsertRecord } from './catalog-store';
import type { ImportCatalogFileInput } from '@reference/models';

export type { ImportCatalogFileInput } from '@reference/models';

/** What a heartbeat carries: enough to resume exactly after the last line it covers. */
export interface ImportProgress {
  linesDone: number;
  imported: number;
  rejected: number;
}

export interface ImportCatalogFileResult extends ImportProgress {
  /** The line this attempt started from: 0 on a fresh start, the heartbeat checkpoint after a retry or crash. */
  resumedFrom: number;
  attempt: number;
}

/**
 * Imports a supplier's catalog feed (JSON Lines) into the inventory store, one record at a time, heartbeating
 * its progress after each. A retry (after a failure, a heartbeat timeout or a killed worker) starts from the
 * last heartbeat's details instead of line 0. Cancellation arrives with a heartbeat response and surfaces as
 * a CancelledFailure from `sleep`, between two records, so no record is half-written.
 */
export async function importCatalogFile(input: ImportCatalogFileInput): Promise<ImportCatalogFileResult> {
  const context = Context.current();
  const info = activityInfo();
  const attempt = info.attempt;
  const checkpoint = info.heartbeatDetails as ImportProgress | undefined;
  const progress: ImportProgress = checkpoint ? { ...checkpoint } : { linesDone: 0, imported: 0, rejected: 0 };
  const resumedFrom = progress.linesDone;
  const pauseMs = 1000 / input.writesPerSecond;

  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(input.feedPath), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber += 1;
    // Lines up to the checkpoint were stored by an earlier attempt; re-reading them is cheap, re-writing is not.
    if (lineNumber <= resumedFrom || line.trim() === '') continue;
    const record = parseCatalogLine(line);
    if (record) {
      upsertRecord(input.storePath, { ...record, line: lineNumber, attempt });
      progress.imported += 1;
    } else {
      progress.rejected += 1;
    }
    progress.linesDone = lineNumber;
    context.heartbeat({ ...progress });
    await context.sleep(pauseMs);
  }
  return { ...progress, resumedFrom, attempt };
}
