import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { ImportCatalogWorkflow, QuoteOrderWorkflow } from '..';
import { markReady, products, scratchDir, writeFeed, writePriceList, writeStore } from './catalog.test-helpers';
import type { RecordingScenario } from '../testing/recording-scenario';

function priceLists(): { storePath: string; priceListDir: string } {
  const dir = scratchDir();
  const storePath = writeStore(dir, products(2));
  writePriceList(dir, 'acme', { 'SKU-00001': [120, 50], 'SKU-00002': [300, 50] });
  writePriceList(dir, 'globex', { 'SKU-00001': [110, 50] });
  return { storePath, priceListDir: dir };
}

export const recordingScenarios: RecordingScenario[] = [
  {
    // The ready marker appears after the first look: one FeedNotReady retry, then import and duplicates.
    name: 'ImportCatalogWorkflow.polled-feed',
    run: async (client, taskQueue) => {
      const dir = scratchDir();
      const records = [...products(4), { sku: 'BOLT-2', name: 'steel bolt M8x30', stock: 4, unitPriceCents: 11 }];
      records.push({ sku: 'BOLT-1', name: 'Steel Bolt M8 x 30', stock: 10, unitPriceCents: 12 });
      const feedPath = writeFeed(dir, records, { ready: false, extraLines: ['not json'] });
      const handle = await client.workflow.start(ImportCatalogWorkflow, {
        taskQueue,
        workflowId: 'import-catalog-polled-feed',
        args: [{ feedPath, storePath: path.join(dir, 'store.jsonl'), pollIntervalSeconds: 1 }],
      });
      await delay(1200);
      markReady(feedPath);
      return handle;
    },
  },
  {
    // Frequent polling: one waitForFeedReady looks every second until the marker appears, heartbeating each look.
    name: 'ImportCatalogWorkflow.frequent-polling',
    run: async (client, taskQueue) => {
      const dir = scratchDir();
      const feedPath = writeFeed(dir, products(2), { ready: false });
      const handle = await client.workflow.start(ImportCatalogWorkflow, {
        taskQueue,
        workflowId: 'import-catalog-frequent-polling',
        args: [{ feedPath, storePath: path.join(dir, 'store.jsonl'), polling: 'frequent' }],
      });
      await delay(2500);
      markReady(feedPath);
      return handle;
    },
  },
  {
    name: 'QuoteOrderWorkflow.partial-failure',
    run: (client, taskQueue) =>
      client.workflow.start(QuoteOrderWorkflow, {
        taskQueue,
        workflowId: 'quote-order-partial-failure',
        args: [
          {
            ...priceLists(),
            suppliers: ['acme', 'globex'],
            lines: [
              { sku: 'SKU-00001', quantity: 5 },
              { sku: 'SKU-00002', quantity: 1 },
            ],
          },
        ],
      }),
  },
  {
    name: 'QuoteOrderWorkflow.deadline',
    run: (client, taskQueue) =>
      client.workflow.start(QuoteOrderWorkflow, {
        taskQueue,
        workflowId: 'quote-order-deadline',
        args: [
          {
            ...priceLists(),
            suppliers: ['acme', 'offline'],
            lines: [{ sku: 'SKU-00001', quantity: 1 }],
            deadlineSeconds: 1,
          },
        ],
      }),
  },
  {
    // Nobody polls the suppliers' task queue: a schedule-to-start timeout, then the quote on the workflow's own queue.
    name: 'QuoteOrderWorkflow.supplier-queue-unpolled',
    run: (client, taskQueue) =>
      client.workflow.start(QuoteOrderWorkflow, {
        taskQueue,
        workflowId: 'quote-order-supplier-queue-unpolled',
        args: [
          {
            ...priceLists(),
            suppliers: ['acme'],
            lines: [{ sku: 'SKU-00001', quantity: 2 }],
            supplierTaskQueue: 'suppliers-unpolled',
          },
        ],
      }),
  },
];
