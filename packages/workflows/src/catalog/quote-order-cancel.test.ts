import { randomUUID } from 'node:crypto';
import { WorkflowFailedError } from '@temporalio/client';
import { CancelledFailure } from '@temporalio/common';
import { Worker } from '@temporalio/worker';
import * as activities from '@reference/activities';
import { createTestWorker, failedWorkflowTasks, useTestServer, waitFor } from '@reference/testing';
import { QuoteOrderWorkflow } from '..';
import { products, scratchDir, writePriceList, writeStore } from './catalog.test-helpers';

const server = useTestServer();

// The server holds a cancellation back while the task that runs the local lookups is open, so it reaches the
// workflow during the lookups only once core has completed that task to keep it alive (after 80% of its 10 s
// timeout): here the lookups wait until the workflow has taken the cancellation in, on a worker that caches nothing,
// so every task replays the history written so far.
test('a quote cancelled while its catalog lookups run ends cancelled, no task failing, replaying as recorded', async () => {
  const taskQueue = `quote-cancel-${randomUUID()}`;
  const dir = scratchDir();
  const storePath = writeStore(dir, products(2));
  writePriceList(dir, 'acme', { 'SKU-00001': [120, 50], 'SKU-00002': [300, 50] });
  let lookups = 0;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const worker = await createTestWorker(server.env.nativeConnection, {
    taskQueue,
    maxCachedWorkflows: 0,
    activities: {
      lookupCatalogItem: async (input) => {
        lookups += 1;
        await released;
        return activities.lookupCatalogItem(input);
      },
    },
  });
  const lines = [
    { sku: 'SKU-00001', quantity: 1 },
    { sku: 'SKU-00002', quantity: 1 },
  ];
  const handle = await server.env.client.workflow.start(QuoteOrderWorkflow, {
    taskQueue,
    workflowId: `quote-${randomUUID()}`,
    args: [{ storePath, priceListDir: dir, suppliers: ['acme'], lines }],
  });
  const outcome = await worker.runUntil(async () => {
    await waitFor(() => lookups > 0, 'a price lookup has started');
    await handle.cancel();
    await waitFor(
      async () => {
        const events = (await handle.fetchHistory()).events ?? [];
        const requested = events.findIndex((e) => e.workflowExecutionCancelRequestedEventAttributes);
        return requested >= 0 && events.slice(requested).some((e) => e.workflowTaskCompletedEventAttributes);
      },
      'a workflow task completes after the cancellation request',
      { timeoutMs: 60_000 },
    );
    release();
    return await handle.result().catch((err: unknown) => err);
  });
  expect(outcome).toBeInstanceOf(WorkflowFailedError);
  expect((outcome as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
  expect(await failedWorkflowTasks(handle)).toEqual([]);
  const history = await handle.fetchHistory();
  await Worker.runReplayHistory(
    { workflowBundle: server.workflowBundle, dataConverter: server.dataConverter },
    history,
  );
}, 120_000);
