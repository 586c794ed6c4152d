import { randomUUID } from 'node:crypto';
import { ImportCatalogWorkflow, QuoteOrderWorkflow } from '..';
import { products, scratchDir, writeFeed, writePriceList, writeStore } from './catalog.test-helpers';
import { createTestWorker, useTestServer, waitFor } from '@reference/testing';

const taskQueue = 'catalog-off-loop-test';
const server = useTestServer();

test('while a worker thread compares 6000 products, the same worker heartbeats and completes another workflow', async () => {
  const dir = scratchDir();
  const storePath = writeStore(dir, products(6000));
  const feedPath = writeFeed(dir, products(1, 'NEW'));
  writePriceList(dir, 'acme', { 'SKU-00001': [120, 50] });
  const worker = await createTestWorker(server.env.nativeConnection, { taskQueue });

  await worker.runUntil(async () => {
    const importing = await server.env.client.workflow.start(ImportCatalogWorkflow, {
      taskQueue,
      workflowId: `import-${randomUUID()}`,
      args: [{ feedPath, storePath }],
    });
    const pendingDedupe = async () => {
      const { raw } = await importing.describe();
      return raw.pendingActivities?.find((a) => a.activityType?.name === 'findDuplicateProducts');
    };
    await waitFor(pendingDedupe, 'the dedupe activity is pending');

    const quote = await server.env.client.workflow.execute(QuoteOrderWorkflow, {
      taskQueue,
      workflowId: `quote-${randomUUID()}`,
      args: [{ storePath, priceListDir: dir, suppliers: ['acme'], lines: [{ sku: 'SKU-00001', quantity: 2 }] }],
    });
    expect(quote.lines[0]?.best).toMatchObject({ supplier: 'acme', totalCents: 240 });
    // The comparison's heartbeats reach the server while it is still running.
    let heartbeatSeen = false;
    await waitFor(async () => {
      const dedupe = await pendingDedupe();
      heartbeatSeen = dedupe?.lastHeartbeatTime != null;
      return heartbeatSeen || dedupe === undefined;
    }, 'the dedupe activity heartbeats or ends');
    expect(heartbeatSeen).toBe(true);

    // The new product has the name of SKU-00001: the one near-duplicate among 6001.
    const result = await importing.result();
    expect(result).toMatchObject({ imported: 1, duplicates: [{ skus: ['SKU-00001', 'NEW-00001'] }] });
  });
  // The comparison takes most of a core for tens of seconds, and the machine may be running other tests.
}, 180_000);
