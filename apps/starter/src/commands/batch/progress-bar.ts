import { Presets, SingleBar } from 'cli-progress';
import type { BatchProgress } from '@reference/workflows';

/**
 * The batch's progress bar (cli-progress) on stderr: redrawn in place on a terminal, a line every 2 s otherwise (a
 * log, CI), so the result on stdout stays clean.
 */
export class BatchProgressBar {
  private readonly bar = new SingleBar(
    {
      format:
        '{bar} {percentage}% | {value}/{total} records | {failed} failed | {inFlight} pages in flight | ' +
        'run {runs} | {rate} records/s | {status}',
      stream: process.stderr,
      hideCursor: true,
      noTTYOutput: true,
      notTTYSchedule: 2_000,
    },
    Presets.shades_classic,
  );
  private started = false;

  /** Shows the batch as the query answered; `note` (a retry, a missing worker) replaces its status. */
  show(progress: BatchProgress, note?: string): void {
    const value = progress.processed + progress.failed;
    const payload = {
      failed: progress.failed,
      inFlight: progress.inFlight,
      runs: progress.runs,
      rate: progress.recordsPerSecond,
      status: note ?? progress.status,
    };
    // A source still being counted has no total yet: the bar starts at 0 of 1.
    const total = Math.max(progress.records, 1);
    if (!this.started) {
      this.bar.start(total, value, payload);
      this.started = true;
      return;
    }
    this.bar.setTotal(total);
    this.bar.update(value, payload);
  }

  stop(): void {
    if (this.started) this.bar.stop();
    this.started = false;
  }
}
