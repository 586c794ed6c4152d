import { BatchStore } from '@reference/batch-store';
import type { FaultMatrixTable, Invariant } from '@reference/testing';
import { BatchWorkflow } from '..';
import { sampleBatch } from './batch.test-helpers';

const RECORDS = 30;
const INVALID = 2;
/** Each batch's store, by its workflow id: where the invariant reads what the pages wrote. */
const stores = new Map<string, string>();

const eachRecordOnce: Invariant = {
  name: 'each record once in the store, all of them once the batch completed',
  violations: async (context) => {
    const workflowId = context.id('batch');
    const store = BatchStore.at(stores.get(workflowId)!);
    const skus = store.records(workflowId).map((record) => record.sku);
    const twice = skus.filter((sku, i) => skus.indexOf(sku) !== i).map((sku) => `${sku} stored twice`);
    const result = await context.client().workflow.getHandle<typeof BatchWorkflow>(workflowId).result();
    // Completed, every valid record is there; cancelled, exactly those the result counts (its pages ran whole).
    const expected = result.status === 'completed' ? RECORDS - INVALID : result.processed;
    const count = skus.length === expected ? [] : [`${skus.length} records stored, ${expected} expected`];
    const rejects = store.counts(workflowId).rejects;
    const rejected = result.status === 'completed' && rejects !== INVALID ? [`${rejects} lines rejected`] : [];
    return [...twice, ...count, ...rejected];
  },
};

export const faultMatrix: FaultMatrixTable = {
  BatchWorkflow: [
    {
      name: 'processes three pages, two at once',
      activities: ['countBatchRecords', 'processBatchPage'],
      invariants: [eachRecordOnce],
      run: async (context) => {
        const workflowId = context.id('batch');
        const files = await sampleBatch(RECORDS, INVALID);
        stores.set(workflowId, files.storePath);
        const args: [typeof files & { pageSize: number; window: number }] = [{ ...files, pageSize: 10, window: 2 }];
        context.track(
          await context.client().workflow.start(BatchWorkflow, { taskQueue: context.taskQueue, workflowId, args }),
        );
      },
    },
  ],
};
