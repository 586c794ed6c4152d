import type { BatchPageResult } from '@reference/activities';
import type { BatchSource } from '@reference/models';
import { MAX_REPORTED_BATCH_FAILURES } from '@reference/models/wire';
import type { BatchProgress, BatchResult, BatchState, BatchStatus } from './types';

/**
 * A batch as one run sees it: the state carried from the runs before (cursor and counters), and what this run adds.
 * Plain data only, so the state passes through continue-as-new as JSON.
 */
export class BatchRun {
  status: BatchStatus;
  paused: boolean;
  private state: BatchState | undefined;
  /** The first page of this run: every page before it was done by an earlier run. */
  private readonly firstPage: number;
  private pagesDoneHere = 0;
  private readonly cancelledPages: number[] = [];

  constructor(
    carried: BatchState | undefined,
    readonly window: number,
    readonly pageSize: number,
  ) {
    this.state = carried;
    this.paused = carried?.paused ?? false;
    this.firstPage = carried?.nextPage ?? 0;
    this.status = carried ? 'running' : 'counting';
  }

  /** The first run, once the source is counted. */
  begin(source: BatchSource, nowMs: number): void {
    this.state = {
      source,
      nextPage: 0,
      stored: 0,
      alreadyStored: 0,
      failed: 0,
      failures: [],
      runs: 1,
      startedAtMs: nowMs,
      paused: this.paused,
    };
    this.status = 'running';
  }

  get source(): BatchSource | undefined {
    return this.state?.source;
  }

  get pages(): number {
    return Math.ceil((this.state?.source.records ?? 0) / this.pageSize);
  }

  /** The next page to start (after begin). */
  takePage(): number {
    return this.state!.nextPage++;
  }

  get hasPagesLeft(): boolean {
    return this.state !== undefined && this.state.nextPage < this.pages;
  }

  pageDone(result: BatchPageResult): void {
    const state = this.state!;
    state.stored += result.stored;
    state.alreadyStored += result.alreadyStored;
    state.failed += result.failed;
    state.failures.push(...result.failures.slice(0, MAX_REPORTED_BATCH_FAILURES - state.failures.length));
    this.pagesDoneHere += 1;
  }

  pageCancelled(page: number): void {
    this.cancelledPages.push(page);
  }

  /** What the next run starts from: every page started here is done (the run drains before continuing as new). */
  carried(): BatchState {
    return { ...this.state!, runs: this.state!.runs + 1, paused: this.paused };
  }

  progress(inFlight: number, nowMs: number): BatchProgress {
    return {
      status: this.status === 'running' && this.paused ? 'paused' : this.status,
      records: this.state?.source.records ?? 0,
      processed: this.processed,
      failed: this.state?.failed ?? 0,
      inFlight,
      pagesDone: this.firstPage + this.pagesDoneHere,
      pages: this.pages,
      runs: this.state?.runs ?? 1,
      recordsPerSecond: this.recordsPerSecond(nowMs),
      window: this.window,
      pageSize: this.pageSize,
    };
  }

  result(status: BatchResult['status'], nowMs: number): BatchResult {
    this.status = status;
    const state = this.state;
    return {
      status,
      records: state?.source.records ?? 0,
      processed: this.processed,
      stored: state?.stored ?? 0,
      alreadyStored: state?.alreadyStored ?? 0,
      failed: state?.failed ?? 0,
      failures: [...(state?.failures ?? [])].sort((a, b) => a.line - b.line),
      pagesDone: this.firstPage + this.pagesDoneHere,
      pages: this.pages,
      cancelledPages: [...this.cancelledPages].sort((a, b) => a - b),
      nextPage: state?.nextPage ?? 0,
      runs: state?.runs ?? 1,
      elapsedMs: state ? nowMs - state.startedAtMs : 0,
      recordsPerSecond: this.recordsPerSecond(nowMs),
    };
  }

  private get processed(): number {
    return (this.state?.stored ?? 0) + (this.state?.alreadyStored ?? 0);
  }

  private recordsPerSecond(nowMs: number): number {
    const elapsedMs = this.state ? nowMs - this.state.startedAtMs : 0;
    const done = this.processed + (this.state?.failed ?? 0);
    return elapsedMs > 0 ? Math.round((done * 1000) / elapsedMs) : 0;
  }
}
