import type { BatchSource } from '@reference/models';
import { describeSource } from './batch-source';

/** How many records a batch source holds (one per line), with its size and modification time as counted. */
export async function countBatchRecords(sourcePath: string): Promise<BatchSource> {
  return describeSource(sourcePath);
}
