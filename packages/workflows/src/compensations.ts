import { CancellationScope, CancelledFailure, log } from '@temporalio/workflow';
import { recordDecision } from '@reference/correlation/workflow';

/** Each compensation's activity, and the decision the audit trail records once it has run. */
const DECISION_OF = {
  releaseInventory: 'inventory-released',
  refundPayment: 'refunded',
  cancelShipment: 'shipment-cancelled',
} as const;

type CompensationName = keyof typeof DECISION_OF;

interface Compensation {
  name: CompensationName;
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

  register(name: CompensationName, undo: () => Promise<unknown>): void {
    this.owed.push({ name, undo });
  }

  /**
   * Runs the owed compensations newest first, shielded from cancellation: a cancelled saga must still be unwound.
   * Records each in the audit trail and calls `onDone` with its name as it completes.
   */
  async runInReverse(onDone: (name: string) => void = () => undefined): Promise<void> {
    await CancellationScope.nonCancellable(async () => {
      for (const { name, undo } of [...this.owed].reverse()) {
        log.info(`compensating: ${name}`);
        await undo();
        recordDecision(DECISION_OF[name]);
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
