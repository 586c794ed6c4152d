import type { BatchFailure } from '@reference/models';

// The input's and the carried state's shapes live in the contract (@reference/models), with their schemas.
export type { BatchFailure, BatchInput, BatchState } from '@reference/models';

export type BatchStatus = 'counting' | 'running' | 'paused' | 'draining' | 'completed' | 'cancelled';

/** What the batchProgress query answers: the batch as a whole, across every run so far. */
export interface BatchProgress {
  status: BatchStatus;
  /** Records in the source (0 while counting). */
  records: number;
  /** Valid records in the store: written by this batch, or found there by a page run again. */
  processed: number;
  /** Records that failed validation. */
  failed: number;
  /** Pages being processed now. */
  inFlight: number;
  pagesDone: number;
  pages: number;
  /** This run and those before it (continue-as-new). */
  runs: number;
  /** Records done (processed and failed) per second since the batch started. */
  recordsPerSecond: number;
  window: number;
  pageSize: number;
}

/** BatchWorkflow's result: completed, or cancelled and how far it got. */
export interface BatchResult {
  status: 'completed' | 'cancelled';
  records: number;
  processed: number;
  /** Of the processed records, those this batch wrote ... */
  stored: number;
  /** ... and those a page found stored already (a retry after its commit, or the batch run again). */
  alreadyStored: number;
  failed: number;
  /** The first failed records (all of them are in the store's batch_rejects table). */
  failures: BatchFailure[];
  pagesDone: number;
  pages: number;
  /**
   * Pages in flight when the batch was cancelled and not counted as done: each stopped before storing anything, or,
   * when its attempt timed out while the cancellation was on its way, was stored whole or not at all.
   */
  cancelledPages: number[];
  /** The first page never started: with the cancelled pages, what is left to do. */
  nextPage: number;
  runs: number;
  elapsedMs: number;
  recordsPerSecond: number;
}
