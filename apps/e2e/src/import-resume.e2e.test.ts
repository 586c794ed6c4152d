import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeTimeoutType } from '@temporalio/common';
import { waitFor } from '@reference/testing/wait';
import { ImportCatalogWorkflow, TASK_QUEUE } from '@reference/workflows';
import { startWorkerProcess, useServerForProcesses } from './worker-process';

const RECORDS = 200;

const e2e = useServerForProcesses();

function storeLog(storePath: string): Array<{ sku: string; line: number; attempt: number }> {
  return readFileSync(storePath, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as { sku: string; line: number; attempt: number });
}

jest.setTimeout(90_000);

test('an import whose worker is killed (SIGKILL) resumes on a new worker from its last heartbeat', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-resume-'));
  const feedPath = path.join(dir, 'feed.jsonl');
  const storePath = path.join(dir, 'store.jsonl');
  const skus = Array.from({ length: RECORDS }, (_, i) => `SKU-${i + 1}`);
  const feed = skus.map((sku, i) => {
    const name = `Part ${createHash('sha1').update(sku).digest('hex').slice(0, 12)}`;
    return JSON.stringify({ sku, name, stock: i, unitPriceCents: 100 + i });
  });
  writeFileSync(feedPath, `${feed.join('\n')}\n`);
  writeFileSync(`${feedPath}.ready`, '');

  const first = await startWorkerProcess(e2e.env);
  const handle = await e2e.server.client.workflow.start(ImportCatalogWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: `import-resume-${Date.now()}`,
    args: [{ feedPath, storePath, writesPerSecond: 50 }],
  });

  // Kill the worker once the server holds a checkpoint past the first few records.
  const converter = e2e.server.client.options.loadedDataConverter.payloadConverter;
  const checkpoint = await waitFor(
    async () => {
      const { raw } = await handle.describe();
      const payload = raw.pendingActivities?.[0]?.heartbeatDetails?.payloads?.[0];
      return payload ? converter.fromPayload<{ linesDone: number }>(payload).linesDone : 0;
    },
    'the server holds a checkpoint past line 10',
    { holds: (linesDone) => linesDone > 10, timeoutMs: 20_000 },
  );
  await first.stop('SIGKILL');
  const writtenBeforeKill = storeLog(storePath).length;
  expect(writtenBeforeKill).toBeLessThan(RECORDS);

  // The new worker runs the retried import at once; the workflow task after it waits out the dead worker's
  // sticky queue (10 s schedule-to-start) first, which is what a crash costs beyond the heartbeat timeout.
  const second = await startWorkerProcess(e2e.env);
  try {
    const result = await handle.result();
    expect(result).toMatchObject({ attempt: 2, imported: RECORDS, linesDone: RECORDS });
    expect(result.resumedFrom).toBeGreaterThanOrEqual(checkpoint);

    const log = storeLog(storePath);
    // The second attempt began right after the checkpoint: nothing before it was written again ...
    expect(log.filter((r) => r.attempt === 2)[0]?.line).toBe(result.resumedFrom + 1);
    expect(log.filter((r) => r.attempt === 2 && r.line <= result.resumedFrom)).toEqual([]);
    // ... only the few records between the last heartbeat and the kill were, and every SKU is in the store.
    expect(log).toHaveLength(RECORDS + writtenBeforeKill - result.resumedFrom);
    expect(new Set(log.map((r) => r.sku))).toEqual(new Set(skus));

    // The server noticed the dead worker by the heartbeat timeout, not the hour-long start-to-close.
    const history = await handle.fetchHistory();
    const retried = history.events?.find((e) => e.activityTaskStartedEventAttributes?.attempt === 2);
    const lastFailure = retried?.activityTaskStartedEventAttributes?.lastFailure;
    expect(decodeTimeoutType(lastFailure?.timeoutFailureInfo?.timeoutType)).toBe('HEARTBEAT');
  } finally {
    await second.stop('SIGKILL');
  }
});
