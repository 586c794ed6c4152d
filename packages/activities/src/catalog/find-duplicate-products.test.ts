import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { MockActivityEnvironment } from '@temporalio/testing';
import { findDuplicateProducts } from './find-duplicate-products';
import { lookupCatalogItem } from './lookup-catalog-item';
import { findNearDuplicates } from './near-duplicates';
import { products, scratchDir, writeLines } from './test-files';

// Enough products for a second or two of comparisons on one core.
const catalog = products(2500);
const storePath = writeLines(path.join(scratchDir(), 'store.jsonl'), catalog);

/** Runs `work` while sampling event-loop delay; returns the worst delay seen, in ms. */
async function worstLoopDelay<T>(work: () => Promise<T>): Promise<{ result: T; maxDelayMs: number; ms: number }> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  await new Promise((resolve) => setTimeout(resolve, 50)); // the sampler records from its second tick on
  const startedAt = performance.now();
  const result = await work();
  const ms = performance.now() - startedAt;
  await new Promise((resolve) => setTimeout(resolve, 20)); // let the sampler record a delay that just ended
  histogram.disable();
  return { result, maxDelayMs: histogram.max / 1e6, ms };
}

test('near-duplicate names are paired, ignoring case, spaces and punctuation', () => {
  const pairs = findNearDuplicates([
    { sku: 'A', name: 'Steel Bolt M8 x 30' },
    { sku: 'B', name: 'Copper Pipe 15 mm' },
    { sku: 'C', name: 'steel-bolt m8x30' },
    { sku: 'D', name: 'Steel Bolt M10 x 30' },
  ]);
  expect(pairs).toEqual([{ skus: ['A', 'C'], names: ['Steel Bolt M8 x 30', 'steel-bolt m8x30'] }]);
});

test('the comparison runs on a worker thread: heartbeats and other activities keep flowing meanwhile', async () => {
  const env = new MockActivityEnvironment();
  let heartbeats = 0;
  env.on('heartbeat', () => (heartbeats += 1));
  let lookups = 0;
  let done = false;

  const { result, maxDelayMs, ms } = await worstLoopDelay(async () => {
    const heavy = env.run(findDuplicateProducts, storePath).finally(() => (done = true));
    // Another activity of the same worker, over and over, while the heavy one runs.
    const lookupEnv = new MockActivityEnvironment();
    while (!done) {
      await lookupEnv.run(lookupCatalogItem, { storePath, sku: 'SKU-7' });
      lookups += 1;
    }
    return heavy;
  });

  // For comparison, a ninth of the work inline (jest's sandbox makes it several times slower than plain node).
  const inline = await worstLoopDelay(async () => findNearDuplicates(catalog.slice(0, 1000)));
  console.log(
    `near-duplicates of ${catalog.length} products: worker thread ${Math.round(ms)} ms, worst event-loop delay ` +
      `${Math.round(maxDelayMs)} ms, ${heartbeats} heartbeats, ${lookups} lookups; inline ${Math.round(inline.ms)} ms, ` +
      `worst event-loop delay ${Math.round(inline.maxDelayMs)} ms for 1000 of them`,
  );
  expect(result).toEqual({ compared: catalog.length, duplicates: [] });
  expect(inline.maxDelayMs).toBeGreaterThan(0.8 * inline.ms); // inline, the loop is blocked for the whole run ...
  // ... on the thread it is not: the loop ran other activities and heartbeats meanwhile, which blocked it could not.
  // (The delays themselves are figures for the log: on a loaded machine any pause may stretch.)
  expect(heartbeats).toBeGreaterThan(0);
  expect(lookups).toBeGreaterThan(10);
});

test('cancelling the activity aborts the comparison on its thread', async () => {
  // Minutes of comparisons: only an aborted thread lets the activity end within the test's timeout.
  const huge = writeLines(path.join(scratchDir(), 'huge.jsonl'), products(40_000));
  const env = new MockActivityEnvironment();
  const running = env.run(findDuplicateProducts, huge);
  // Cancelled once the comparison is under way: its first heartbeat comes a second into it.
  env.once('heartbeat', () => env.cancel());
  await expect(running).rejects.toMatchObject({ name: 'CancelledFailure' });
});
