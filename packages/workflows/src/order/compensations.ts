import { CancellationScope, log } from '@temporalio/workflow';

interface Compensation {
  name: string;
  undo: () => Promise<unknown>;
}

/**
 * The saga's undo list. Each compensation is registered BEFORE its step runs, because a step that fails (or
 * times out) may still have taken effect; compensations are idempotent, so undoing a step that did nothing is
 * harmless.
 */
export class Compensations {
  private readonly owed: Compensation[] = [];

  register(name: string, undo: () => Promise<unknown>): void {
    this.owed.push({ name, undo });
  }

  /**
   * Runs the owed compensations newest first, shielded from cancellation: a cancelled order must still be
   * unwound. Calls `onDone` with each name as it completes.
   */
  async runInReverse(onDone: (name: string) => void): Promise<void> {
    await CancellationScope.nonCancellable(async () => {
      for (const { name, undo } of [...this.owed].reverse()) {
        log.info(`compensating: ${name}`);
        await undo();
        onDone(name);
      }
    });
  }
}
