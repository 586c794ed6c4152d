import { BatchStore } from '@reference/batch-store';
import type { FaultMatrixTable, Invariant } from '@reference/testing';
import { BatchWorkflow } from '..';
import { sampleBatch } from './batch.test-helpers';

const RECORDS = 30;
const INVALID = 2;
const PAGE_SIZE = 10;
/** Each batch's store, by its workflow id: where the invariant reads what the pages wrote. */
const stores = new Map<string, string>();

const pageOf = (line: number) => Math.floor((line - 1) / PAGE_SIZE);

const eachRecordOnce: Invariant = {
  name: 'each record once in the store, each page whole or not at all, all of them once the batch completed',
  violations: async (context) => {
    const workflowId = context.id('batch');
    const store = BatchStore.at(stores.get(workflowId)!);
    const records = store.records(workflowId);
    const skus = records.map((record) => record.sku);
    const twice = skus.filter((sku, i) => skus.indexOf(sku) !== i).map((sku) => `${sku} stored twice`);
    const linesByPage = new Map<number, number>();
    for (const { line } of [...records, ...store.rejects(workflowId)]) {
      linesByPage.set(pageOf(line), (linesByPage.get(pageOf(line)) ?? 0) + 1);
    }
    const partial = [...linesByPage]
      .filter(([, lines]) => lines !== PAGE_SIZE)
      .map(([page, lines]) => `page ${page} stored ${lines} of its ${PAGE_SIZE} lines`);
    const result = await context.client().workflow.getHandle<typeof BatchWorkflow>(workflowId).result();
    // Completed, every valid record is there. Cancelled, the pages it counts as done are those it processed; a
    // cancelled page (its outcome unknown) may be there whole, and no page it never started.
    const done = (page: number) => page < result.nextPage && !result.cancelledPages.includes(page);
    const counted =
      result.status === 'completed' ? skus.length : records.filter(({ line }) => done(pageOf(line))).length;
    const expected = result.status === 'completed' ? RECORDS - INVALID : result.processed;
    const count = counted === expected ? [] : [`${counted} records stored, ${expected} expected`];
    const neverStarted = [...linesByPage.keys()]
      .filter((page) => page >= result.nextPage)
      .map((page) => `page ${page} was never started but is stored`);
    const rejects = store.counts(workflowId).rejects;
    const rejected = result.status === 'completed' && rejects !== INVALID ? [`${rejects} lines rejected`] : [];
    return [...twice, ...partial, ...count, ...neverStarted, ...rejected];
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
        const args: [typeof files & { pageSize: number; window: number }] = [
          { ...files, pageSize: PAGE_SIZE, window: 2 },
        ];
        context.track(
          await context.client().workflow.start(BatchWorkflow, { taskQueue: context.taskQueue, workflowId, args }),
        );
      },
    },
  ],
};
