import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { waitFor } from '@reference/testing/wait';
import { BackgroundProcess, run } from './processes';
import { startDevServer, useServerForProcesses } from './worker-process';

const starterMain = path.join(path.dirname(require.resolve('@reference/starter/package.json')), 'dist/main.js');
const e2e = useServerForProcesses({ worker: true });

/** The starter as a process the test can watch and interrupt. */
const watch = (...args: string[]) => new BackgroundProcess('node', [starterMain, ...args], { env: e2e.env });
const starter = (...args: string[]) => run('node', [starterMain, ...args], { env: e2e.env });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'starter-waits-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const order = (id: string) =>
  JSON.stringify({ orderId: id, customerId: 'ada', cardNumber: '4242424242424242', country: 'GB', coolOffMs: 10 });

test('`order result` says the order awaits approval and how to give it, then shows the saga and the result', async () => {
  await starter('order', 'start', order('wait-order-1'));
  const result = watch('order', 'result', 'wait-order-1');
  await result.waitForLine(
    /^order wait-order-1 \(0 items\) is awaiting approval: approve it with `order approve wait-order-1 <name>`/,
  );
  await starter('order', 'approve', 'wait-order-1', 'bo');
  await result.waitForLine(/^Result: .*"status":"fulfilled"/);
  expect(await result.ended()).toBe(0);
});

test('`import-catalog` says which file it waits for and how to create it, then imports once it exists', async () => {
  const feed = path.join(dir, 'feed.jsonl');
  writeFileSync(feed, '{"sku":"SKU-1","name":"Steel Bolt M8","stock":40,"unitPriceCents":12}\n');
  const imported = watch('import-catalog', feed, '--store', path.join(dir, 'store.jsonl'), '--poll-every', '1');
  await imported.waitForLine(new RegExp(`^waiting for ${feed}\\.ready, .*create it with \`touch ${feed}\\.ready\`$`));
  await imported.waitForLine(new RegExp(`^still no ${feed}\\.ready after 2 looks$`));
  writeFileSync(`${feed}.ready`, '');
  await imported.waitForLine(/^Imported 1 records, rejected 0/);
  expect(await imported.ended()).toBe(0);
});

test('`import-catalog --frequent` waits in one activity that looks every second, and imports within seconds of the marker', async () => {
  const feed = path.join(dir, 'frequent-feed.jsonl');
  writeFileSync(feed, '{"sku":"SKU-2","name":"Brass Hinge","stock":12,"unitPriceCents":240}\n');
  const imported = watch('import-catalog', feed, '--store', path.join(dir, 'frequent-store.jsonl'), '--frequent');
  await imported.waitForLine(new RegExp(`^waiting for ${feed}\\.ready, .*create it with \`touch ${feed}\\.ready\`$`));
  const running = async () => {
    const query = `WorkflowType = 'ImportCatalogWorkflow' AND ExecutionStatus = 'Running'`;
    for await (const workflow of e2e.server.client.workflow.list({ query })) return workflow.workflowId;
    return undefined;
  };
  const workflowId = await waitFor(running, 'the import is listed as running', { intervalMs: 250 });
  const handle = e2e.server.client.workflow.getHandle(workflowId!);
  // Several looks go by in the one activity, then the marker: the next look, a second later at most, finds it.
  await new Promise((resolve) => setTimeout(resolve, 3_000));
  writeFileSync(`${feed}.ready`, '');
  const touchedAt = Date.now();
  await imported.waitForLine(/^Imported 1 records, rejected 0/);
  expect(Date.now() - touchedAt).toBeLessThan(5_000);
  expect(await imported.ended()).toBe(0);

  // The wait was one attempt of waitForFeedReady, not an attempt of checkFeedReady for each look.
  const events = (await handle.fetchHistory()).events ?? [];
  const scheduled = events.flatMap((e) => e.activityTaskScheduledEventAttributes?.activityType?.name ?? []);
  expect(scheduled.filter((name) => /Feed/.test(name))).toEqual(['waitForFeedReady']);
  const attempts = events.flatMap((e) => e.activityTaskStartedEventAttributes?.attempt ?? []);
  expect(attempts[0]).toBe(1);
}, 60_000);

test('Ctrl-C stops the waiting, not the workflow: one line says it goes on and how to cancel it', async () => {
  await starter('order', 'start', order('wait-order-2'));
  const result = watch('order', 'result', 'wait-order-2');
  await result.waitForLine(/is awaiting approval/);
  expect(await result.stop('SIGINT')).toBe(130);
  expect(result.lines.at(-1)).toBe('Stopped waiting; wait-order-2 goes on. Cancel it with `order cancel wait-order-2`');
  const { stdout } = await starter('order', 'query', 'wait-order-2', 'orderStatus');
  expect(stdout.trim()).toBe('"awaiting-approval"');
  await starter('order', 'cancel', 'wait-order-2');
});

test('with no worker polling, the starter says so and how to start one, instead of waiting in silence', async () => {
  // A server no worker has ever polled: a worker that has just stopped still counts as polling for a minute.
  const empty = await startDevServer();
  try {
    const greeting = new BackgroundProcess('node', [starterMain, 'greet', 'Ada'], {
      env: { ...e2e.env, TEMPORAL_ADDRESS: empty.address },
    });
    await greeting.waitForLine(
      /^no worker has taken greeting-\S+ up for \d+ s: is one polling my-task-queue\? Start one with `pnpm dev`/,
    );
    expect(await greeting.stop('SIGINT')).toBe(130);
    expect(greeting.lines.at(-1)).toMatch(/^Stopped waiting; (greeting-\S+) goes on\. Cancel it with `cancel \1`$/);
  } finally {
    await empty.teardown();
  }
});
