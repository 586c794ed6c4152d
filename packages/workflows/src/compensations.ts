import { CancellationScope, CancelledFailure, log } from '@temporalio/workflow';

interface Compensation {
  name: string;
  undo: () => Promise<unknown>;
}

/**
 * A saga's undo list. Each compensation is registered BEFORE its step runs, because a step that fails, times out
 * or is cancelled may still have taken effect; compensations are idempotent, so undoing a step that did nothing is
 * harmless. A step that a compensation undoes is scheduled with `WAIT_CANCELLATION_COMPLETED`, so that on
 * cancellation its compensation runs only once the step has really ended, never before its effect lands.
 */
export class Compensations {
  private readonly owed: Compensation[] = [];

  register(name: string, undo: () => Promise<unknown>): void {
    this.owed.push({ name, undo });
  }

  /**
   * Runs the owed compensations newest first, shielded from cancellation: a cancelled saga must still be unwound.
   * Calls `onDone` with each name as it completes.
   */
  async runInReverse(onDone: (name: string) => void = () => undefined): Promise<void> {
    await CancellationScope.nonCancellable(async () => {
      for (const { name, undo } of [...this.owed].reverse()) {
        log.info(`compensating: ${name}`);
        await undo();
        onDone(name);
      }
    });
  }
}

/**
 * For after a saga's last step: a step waited for through a cancellation may end as if nothing happened, and the
 * cancellation still stands, so the saga unwinds rather than completing.
 */
export function throwIfCancelled(): void {
  if (CancellationScope.current().consideredCancelled) throw new CancelledFailure('cancelled while its last step ran');
}
