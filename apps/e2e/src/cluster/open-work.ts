import type { Client, WorkflowHandle } from '@temporalio/client';
import { TEST_CARDS } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import { waitFor } from '@reference/testing/wait';
import { approveOrderSignal, LedgerPostingWorkflow, OrderWorkflow, TASK_QUEUE } from '@reference/workflows';
import type { LedgerDir } from '../ledger-dir';

export interface OpenWorkOptions {
  /** Distinguishes this test's workflow ids from every other run's. */
  prefix: string;
  /** Orders approved at start: each reserves its line (a child workflow), charges, then waits out its cool-off. */
  orders: number;
  /** Ledger postings: each applied at once, then confirming for the worker's LEDGER_CONFIRM_MS. */
  postings: number;
  /** The orders' cool-off: give the worker the same LEDGER_CONFIRM_MS so both kinds stay open as long. */
  holdMs: number;
}

/** What the work's histories say: per activity type, the highest attempt any workflow needed. */
export interface OpenWorkFigures {
  maxAttempt: Record<string, number>;
}

/**
 * Work left open across a fault, whose every effect can be counted afterwards: the ledger's in files (LEDGER_DIR),
 * the orders' in their histories (the payment gateway lives in the worker's memory, which a crash takes with it).
 */
export class OpenWork {
  private constructor(
    private readonly client: Client,
    private readonly ledger: LedgerDir,
    private readonly orders: WorkflowHandle<typeof OrderWorkflow>[],
    private readonly postings: WorkflowHandle<typeof LedgerPostingWorkflow>[],
  ) {}

  static async start(client: Client, ledger: LedgerDir, options: OpenWorkOptions): Promise<OpenWork> {
    const { prefix, holdMs } = options;
    const orders = await Promise.all(
      Array.from({ length: options.orders }, (_, i) =>
        client.workflow.signalWithStart(OrderWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId: `${prefix}-order-${i}`,
          args: [
            {
              orderId: `${prefix}-order-${i}`,
              customerId: 'ada',
              ...sealCard(TEST_CARDS.ok),
              country: 'GB',
              coolOffMs: holdMs,
              items: [{ sku: 'KETTLE', quantity: 1 }],
            },
          ],
          signal: approveOrderSignal,
          signalArgs: [{ approvedBy: 'bo' }],
        }),
      ),
    );
    const postings = await Promise.all(
      Array.from({ length: options.postings }, (_, i) =>
        client.workflow.start(LedgerPostingWorkflow, {
          taskQueue: TASK_QUEUE,
          workflowId: `${prefix}-posting-${i}`,
          args: [{ account: `acct-${i}`, amountCents: 100 + i }],
        }),
      ),
    );
    return new OpenWork(client, ledger, orders, postings);
  }

  get workflowIds(): string[] {
    return [...this.orders, ...this.postings].map((handle) => handle.workflowId);
  }

  /** Resolves once every posting has been applied: each is confirming from then on, its effect already made. */
  async postingsApplied(timeoutMs = 120_000): Promise<void> {
    const count = this.postings.length;
    await waitFor(() => this.ledger.entries().length === count, `all ${count} postings are applied`, { timeoutMs });
  }

  /** How many of the workflows are still running. */
  async openCount(): Promise<number> {
    const descriptions = await Promise.all(this.workflowIds.map((id) => this.client.workflow.getHandle(id).describe()));
    return descriptions.filter((description) => description.status.name === 'RUNNING').length;
  }

  /**
   * Waits for every result and checks that each workflow did its work once: every order fulfilled with one charge
   * and one shipment scheduled in its history, every posting applied exactly once in the ledger.
   */
  async expectAllCompletedOnce(): Promise<OpenWorkFigures> {
    const [orderResults, receipts] = await Promise.all([
      Promise.all(this.orders.map((handle) => handle.result())),
      Promise.all(this.postings.map((handle) => handle.result())),
    ]);
    expect(orderResults.filter((result) => result.status !== 'fulfilled')).toEqual([]);
    expect(receipts.map((receipt) => receipt.amountCents)).toEqual(this.postings.map((_, i) => 100 + i));
    expect(this.ledger.entries()).toHaveLength(this.postings.length);
    expect(this.ledger.duplicateEffects()).toEqual([]);

    const maxAttempt: Record<string, number> = {
      postLedgerEntry: Math.max(0, ...receipts.map((receipt) => receipt.attempt)),
    };
    for (const handle of this.orders) {
      const events = (await handle.fetchHistory()).events ?? [];
      const scheduled = new Map<string, string>();
      for (const event of events) {
        const attributes = event.activityTaskScheduledEventAttributes;
        if (attributes) scheduled.set(String(event.eventId), attributes.activityType?.name ?? '');
        const started = event.activityTaskStartedEventAttributes;
        const type = started && scheduled.get(String(started.scheduledEventId));
        if (type) maxAttempt[type] = Math.max(maxAttempt[type] ?? 0, started.attempt ?? 1);
      }
      const types = [...scheduled.values()];
      // Scheduled once each: no replay on another host or worker issued a step again.
      expect([handle.workflowId, types.filter((type) => type === 'chargePayment').length]).toEqual([
        handle.workflowId,
        1,
      ]);
      expect([handle.workflowId, types.filter((type) => type === 'shipOrder').length]).toEqual([handle.workflowId, 1]);
    }
    return { maxAttempt };
  }
}
