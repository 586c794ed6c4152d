import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import { MockActivityEnvironment } from '@temporalio/testing';
import { checkFeedReady } from './check-feed-ready';
import { lookupCatalogItem } from './lookup-catalog-item';
import { requestSupplierQuote } from './request-supplier-quote';
import { products, scratchDir, writeLines } from './test-files';

const env = new MockActivityEnvironment();

describe('checkFeedReady', () => {
  test('is a retryable FeedNotReady until the ready marker exists, then succeeds', async () => {
    const feedPath = writeLines(path.join(scratchDir(), 'feed.jsonl'), products(1));
    await expect(env.run(checkFeedReady, feedPath)).rejects.toMatchObject({
      type: 'FeedNotReady',
      nonRetryable: false,
    });
    writeFileSync(`${feedPath}.ready`, '');
    await expect(env.run(checkFeedReady, feedPath)).resolves.toBeUndefined();
  });

  test('a marker without a feed is a non-retryable FeedMissing', async () => {
    const feedPath = path.join(scratchDir(), 'feed.jsonl');
    writeFileSync(`${feedPath}.ready`, '');
    await expect(env.run(checkFeedReady, feedPath)).rejects.toMatchObject({ type: 'FeedMissing', nonRetryable: true });
  });
});

test('lookupCatalogItem returns the latest record for a SKU and UnknownSku for others', async () => {
  const [first, second] = products(2);
  const storePath = writeLines(path.join(scratchDir(), 'store.jsonl'), [first, second, { ...first, stock: 99 }]);
  await expect(env.run(lookupCatalogItem, { storePath, sku: 'SKU-1' })).resolves.toEqual({ ...first, stock: 99 });
  await expect(env.run(lookupCatalogItem, { storePath, sku: 'NOPE' })).rejects.toMatchObject({ type: 'UnknownSku' });
});

describe('requestSupplierQuote', () => {
  const dir = scratchDir();
  writeFileSync(path.join(dir, 'acme.json'), JSON.stringify({ 'SKU-1': { unitPriceCents: 250, available: 10 } }));
  const ask = (supplier: string, sku: string, quantity: number) =>
    env.run(requestSupplierQuote, { priceListDir: dir, supplier, sku, quantity });

  test('prices the quantity from the supplier’s list', async () => {
    await expect(ask('acme', 'SKU-1', 4)).resolves.toEqual({
      supplier: 'acme',
      sku: 'SKU-1',
      unitPriceCents: 250,
      totalCents: 1000,
    });
  });

  test.each([
    ['offline', 'SKU-1', 1, 'SupplierUnavailable', false],
    ['acme', 'SKU-2', 1, 'SkuNotOffered', true],
    ['acme', 'SKU-1', 11, 'InsufficientSupply', true],
  ])('%s / %s x%d fails as %s', async (supplier, sku, quantity, type, nonRetryable) => {
    const err: unknown = await ask(supplier, sku, quantity).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApplicationFailure);
    expect(err).toMatchObject({ type, nonRetryable });
  });
});
