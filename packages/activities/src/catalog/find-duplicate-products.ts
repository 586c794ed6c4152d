import path from 'node:path';
import { Context } from '@temporalio/activity';
import { Piscina } from 'piscina';
import { readStore } from './catalog-store';
import type { DuplicatePair, NamedProduct } from './near-duplicates';

// The compiled task module; resolved into dist/ also when this file runs from source under ts-jest, because a
// worker thread cannot load TypeScript.
const taskFile = path.join(__dirname, '..', '..', 'dist', 'catalog', 'near-duplicates-task.js');

let pool: Piscina | undefined;

/** One pool per worker process, created on first use; idle threads exit after a minute and never hold the process. */
function duplicatesPool(): Piscina {
  pool ??= new Piscina({ filename: taskFile, name: 'findNearDuplicates', minThreads: 0, idleTimeout: 60_000 });
  return pool;
}

export interface FindDuplicateProductsResult {
  compared: number;
  duplicates: DuplicatePair[];
}

/**
 * Flags products in the inventory store whose names are near-duplicates. The comparison is quadratic CPU work,
 * so it runs on a worker thread (piscina): the activity's event loop stays free to heartbeat, to hear
 * cancellation and to run the worker's other activities. Cancelling the activity aborts the thread's task.
 */
export async function findDuplicateProducts(storePath: string): Promise<FindDuplicateProductsResult> {
  const context = Context.current();
  const products: NamedProduct[] = [...(await readStore(storePath)).values()].map(({ sku, name }) => ({ sku, name }));
  const startedAt = Date.now();
  const heartbeats = setInterval(() => context.heartbeat({ runningMs: Date.now() - startedAt }), 1000);
  try {
    const duplicates = (await duplicatesPool().run(products, {
      signal: context.cancellationSignal,
    })) as DuplicatePair[];
    return { compared: products.length, duplicates };
  } catch (err) {
    // Cancelled: report the activity's CancelledFailure rather than piscina's AbortError.
    if (context.cancellationSignal.aborted) await context.cancelled;
    throw err;
  } finally {
    clearInterval(heartbeats);
  }
}
