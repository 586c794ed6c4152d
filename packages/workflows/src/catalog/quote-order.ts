import {
  ActivityFailure,
  ApplicationFailure,
  CancellationScope,
  isCancellation,
  log,
  proxyActivities,
  proxyLocalActivities,
  sleep,
  TimeoutFailure,
} from '@temporalio/workflow';
import { TimeoutType } from '@temporalio/common';
import type * as activities from '@reference/activities';
import type { QuoteRequest, SupplierQuote } from '@reference/activities';
import { checkWorkflowInput } from '@reference/models/wire';
import type { LineQuote, OrderQuote, QuoteOrderInput, SupplierFailure } from './types';

// A quick read of the local inventory store: a local activity, no task-queue round trip.
const { lookupCatalogItem } = proxyLocalActivities<typeof activities>({ startToCloseTimeout: '5 seconds' });

const quoteOptions = {
  startToCloseTimeout: '10 seconds',
  // A supplier that is down gets two more tries; a definite "no" (SkuNotOffered, ...) is non-retryable already.
  retry: { initialInterval: '1 second', maximumAttempts: 3 },
} as const;
const { requestSupplierQuote } = proxyActivities<typeof activities>(quoteOptions);

/** How long a quote waits on the suppliers' own task queue for a worker to take it. */
const SUPPLIER_WORKER_WAIT = '5 seconds';

/** No worker took the activity from its task queue in time: asking again there would not help. */
function noWorkerTookIt(err: unknown): boolean {
  return (
    err instanceof ActivityFailure &&
    err.cause instanceof TimeoutFailure &&
    err.cause.timeoutType === TimeoutType.SCHEDULE_TO_START
  );
}

/**
 * Asks the suppliers' own worker (`supplierTaskQueue`) first when there is one; if none takes the task from that
 * queue in time (a schedule-to-start timeout, which is never retried), asks on the workflow's own task queue.
 */
async function askSupplier(ask: QuoteRequest, supplierTaskQueue?: string): Promise<SupplierQuote> {
  if (supplierTaskQueue === undefined) return requestSupplierQuote(ask);
  const suppliersOwn = proxyActivities<typeof activities>({
    ...quoteOptions,
    taskQueue: supplierTaskQueue,
    scheduleToStartTimeout: SUPPLIER_WORKER_WAIT,
  });
  try {
    return await suppliersOwn.requestSupplierQuote(ask);
  } catch (err) {
    if (!noWorkerTookIt(err)) throw err;
    log.warn(`no worker took ${ask.supplier}'s quote from ${supplierTaskQueue} within ${SUPPLIER_WORKER_WAIT}`);
    return requestSupplierQuote(ask);
  }
}

function failureReason(err: unknown): string {
  if (isCancellation(err)) return 'NoAnswerByDeadline';
  const cause = err instanceof Error ? err.cause : undefined;
  return cause instanceof ApplicationFailure && cause.type ? cause.type : String(err);
}

/**
 * Prices an order's lines with every supplier and picks the cheapest quote per line.
 * - all: every line's SKU must be in the catalog; one unknown SKU fails the quote at once.
 * - allSettled: one supplier failing never loses the other suppliers' quotes.
 * - race: the answers against a durable deadline timer; suppliers still busy then are cancelled and left out.
 * Workflow type on the wire: QuoteOrderWorkflow.
 */
export async function QuoteOrderWorkflow(request: QuoteOrderInput): Promise<OrderQuote> {
  const input = checkWorkflowInput('QuoteOrderWorkflow', request);
  const items = await Promise.all(input.lines.map(({ sku }) => lookupCatalogItem({ storePath: input.storePath, sku })));

  const asking = new CancellationScope();
  const asks = input.lines.flatMap((line, lineIndex) =>
    input.suppliers.map((supplier) => ({ lineIndex, supplier, sku: line.sku, quantity: line.quantity })),
  );
  const answers = asks.map(({ supplier, sku, quantity }) =>
    asking.run(() =>
      askSupplier({ priceListDir: input.priceListDir, supplier, sku, quantity }, input.supplierTaskQueue),
    ),
  );

  const timer = new CancellationScope();
  const allAnswered = await Promise.race([
    Promise.allSettled(answers).then(() => true),
    timer.run(() => sleep(`${input.deadlineSeconds ?? 30} seconds`)).then(() => false),
  ]);
  timer.cancel(); // a no-op when the deadline has passed
  if (!allAnswered) asking.cancel();
  const outcomes = await Promise.allSettled(answers);

  const lines = input.lines.map((line, lineIndex): LineQuote => {
    const quotes: SupplierQuote[] = [];
    const failures: SupplierFailure[] = [];
    outcomes.forEach((outcome, i) => {
      const ask = asks[i];
      if (ask?.lineIndex !== lineIndex) return;
      if (outcome.status === 'fulfilled') quotes.push(outcome.value);
      else failures.push({ supplier: ask.supplier, reason: failureReason(outcome.reason) });
    });
    const best = quotes.reduce<SupplierQuote | null>(
      (b, q) => (!b || q.unitPriceCents < b.unitPriceCents ? q : b),
      null,
    );
    return { ...line, name: items[lineIndex]?.name ?? line.sku, best, quotes, failures };
  });
  return { lines, deadlineReached: !allAnswered };
}
