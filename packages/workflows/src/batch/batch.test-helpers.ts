import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Client } from '@temporalio/client';
import { writeSampleBatchSource } from '@reference/models';
import type { BatchInput } from './types';

/** A sample source of `records` lines (`invalid` of them failing validation) and a store path, in a fresh folder. */
export async function sampleBatch(records: number, invalid = 0): Promise<Pick<BatchInput, 'sourcePath' | 'storePath'>> {
  const dir = mkdtempSync(path.join(tmpdir(), 'batch-'));
  const sourcePath = path.join(dir, 'records.jsonl');
  await writeSampleBatchSource(sourcePath, records, invalid);
  return { sourcePath, storePath: path.join(dir, 'batch.sqlite') };
}

/** The length of every run's history, first run first, following continue-as-new from `firstRunId`. */
export async function runHistoryLengths(client: Client, workflowId: string, firstRunId: string): Promise<number[]> {
  const lengths: number[] = [];
  for (let runId: string | undefined = firstRunId; runId;) {
    const events: Array<{
      workflowExecutionContinuedAsNewEventAttributes?: { newExecutionRunId?: string | null } | null;
    }> = (await client.workflow.getHandle(workflowId, runId).fetchHistory()).events ?? [];
    lengths.push(events.length);
    runId = events.at(-1)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
  }
  return lengths;
}
