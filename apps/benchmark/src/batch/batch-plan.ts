/** One batch the phase runs: how many records, in pages of how many, how many at once, under what history bound. */
export interface BatchBenchConfig {
  label: string;
  records: number;
  window: number;
  pageSize: number;
  /** Unset: the workflow's default. */
  maxHistoryEvents?: number;
  /** On a worker process of its own, rather than the one the batches before it ran on. */
  ownWorker: boolean;
}

/**
 * The batches of `pnpm bench --batch`. The batches proper run one after the other on one worker process, the first on
 * it fresh: 10,000 records, then 100,000 with the defaults (8 pages of 500 in flight), 100,000 in pages of 100 (five
 * times the pages, so several runs), and then 10,000 and 100,000 again, on the worker as it is after its first 210,000
 * records, as a worker that runs batches night after night is. Then, on a worker of its own, 2,000 the way
 * FanOutWorkflow does it: one activity per record, all at once, in one history. `--quick` runs small ones, for a smoke
 * test; its second continues as new.
 */
export function batchPlan(quick: boolean): BatchBenchConfig[] {
  const plan: BatchBenchConfig[] = [];
  let recordsBefore = 0;
  const batch = (records: number, pageSize: number) => {
    const after = recordsBefore ? `after ${recordsBefore.toLocaleString('en')}` : 'fresh worker';
    plan.push({
      label: `${records.toLocaleString('en')} records, window 8, pages of ${pageSize}, ${after}`,
      records,
      window: 8,
      pageSize,
      ownWorker: recordsBefore === 0,
    });
    recordsBefore += records;
  };
  const fanOutStyle = (records: number) =>
    plan.push({
      label: `${records.toLocaleString('en')} records fan-out style: all at once, one per activity, one history`,
      records,
      window: records,
      pageSize: 1,
      maxHistoryEvents: 40_000,
      ownWorker: true,
    });
  if (quick) {
    batch(2_000, 100);
    batch(5_000, 20);
    fanOutStyle(200);
    return plan;
  }
  batch(10_000, 500);
  batch(100_000, 500);
  batch(100_000, 100);
  batch(10_000, 500);
  batch(100_000, 500);
  fanOutStyle(2_000);
  return plan;
}
