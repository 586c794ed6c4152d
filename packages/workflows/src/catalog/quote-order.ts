import {
  ApplicationFailure,
  CancellationScope,
  isCancellation,
  proxyActivities,
  proxyLocalActivities,
  sleep,
} from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import type { SupplierQuote } from '@reference/activities';
import { checkWorkflowInput } from '@reference/models/wire';
import type { LineQuote, OrderQuote, QuoteOrderInput, SupplierFailure } from './types';

// A quick read of the local inventory store: a local activity, no task-queue round trip.
const { lookupCatalogItem } = proxyLocalActivities<typeof activities>({ startToCloseTimeout: '5 seconds' });

const { requestSupplierQuote } = proxyActivities<typeof activities>({
  startToCloseTimeout: '10 seconds',
  // A supplier that is down gets two more tries; a definite "no" (SkuNotOffered, ...) is non-retryable already.
  retry: { initialInterval: '1 second', maximumAttempts: 3 },
});

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
    asking.run(() => requestSupplierQuote({ priceListDir: input.priceListDir, supplier, sku, quantity })),
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
