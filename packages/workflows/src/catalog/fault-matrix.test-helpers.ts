import path from 'node:path';
import type { CatalogRecord } from '@reference/activities';
import type { FaultMatrixTable, Invariant, ScenarioContext } from '@reference/testing';
import { type ImportCatalogInput, ImportCatalogWorkflow, QuoteOrderWorkflow } from '..';
import { products, scratchDir, storeLog, writeFeed, writePriceList, writeStore } from './catalog.test-helpers';

const FEED = products(5);
/** Each import's store, by its workflow id: where the invariant reads what the import wrote. */
const stores = new Map<string, string>();

const importedAsFed: Invariant = {
  name: 'every record stored as the feed has it, all of them once the import completed',
  violations: async (context) => {
    const workflowId = context.id('import');
    const latest = new Map(storeLog(stores.get(workflowId)!).map((record) => [record.sku, record]));
    const wrong = FEED.filter((fed) => {
      const stored = latest.get(fed.sku);
      return stored && (['name', 'stock', 'unitPriceCents'] as const).some((field) => stored[field] !== fed[field]);
    });
    const { status } = await context.client().workflow.getHandle(workflowId).describe();
    const missing = status.name === 'COMPLETED' ? FEED.filter((fed) => !latest.has(fed.sku)) : [];
    return [
      ...wrong.map((record: CatalogRecord) => `${record.sku} stored otherwise than fed`),
      ...missing.map((record) => `${record.sku} missing from the store`),
    ];
  },
};

function quoteInput() {
  const dir = scratchDir();
  writePriceList(dir, 'acme', { 'SKU-00001': [120, 50] });
  writePriceList(dir, 'globex', { 'SKU-00001': [110, 50] });
  return {
    storePath: writeStore(dir, products(1)),
    priceListDir: dir,
    suppliers: ['acme', 'globex'],
    lines: [{ sku: 'SKU-00001', quantity: 5 }],
  };
}

async function startImport(context: ScenarioContext, polling: ImportCatalogInput['polling']): Promise<void> {
  const dir = scratchDir();
  const workflowId = context.id('import');
  const storePath = path.join(dir, 'store.jsonl');
  stores.set(workflowId, storePath);
  const feed = { feedPath: writeFeed(dir, FEED), storePath, polling, pollIntervalSeconds: 1 };
  const args: [typeof feed] = [feed];
  context.track(
    await context.client().workflow.start(ImportCatalogWorkflow, { taskQueue: context.taskQueue, workflowId, args }),
  );
}

export const faultMatrix: FaultMatrixTable = {
  ImportCatalogWorkflow: [
    {
      name: 'imports a ready feed',
      activities: ['checkFeedReady', 'importCatalogFile', 'findDuplicateProducts'],
      invariants: [importedAsFed],
      run: (context) => startImport(context, 'infrequent'),
    },
    {
      name: 'imports a ready feed, polling frequently',
      activities: ['waitForFeedReady', 'importCatalogFile', 'findDuplicateProducts'],
      invariants: [importedAsFed],
      run: (context) => startImport(context, 'frequent'),
    },
  ],
  QuoteOrderWorkflow: [
    {
      name: 'quotes with two suppliers',
      activities: ['requestSupplierQuote'],
      localActivities: ['lookupCatalogItem'],
      // A quote only reads: what must hold is what holds for every workflow.
      invariants: [],
      run: async (context) => {
        const args: [ReturnType<typeof quoteInput>] = [quoteInput()];
        context.track(
          await context.client().workflow.start(QuoteOrderWorkflow, {
            taskQueue: context.taskQueue,
            workflowId: context.id('quote'),
            args,
          }),
        );
      },
    },
  ],
};
