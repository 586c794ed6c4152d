import { defineQuery, defineSignal, type QueryDefinition, type SignalDefinition } from '@temporalio/workflow';
import type { BatchPause } from '@reference/models';
import type { BatchProgress } from './types';

/** Pauses the batch (no new page starts; the pages in flight finish) or resumes it. */
export const pauseBatchSignal: SignalDefinition<[BatchPause]> = defineSignal('pauseBatch');
export const batchProgressQuery: QueryDefinition<BatchProgress> = defineQuery('batchProgress');
