import path from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import type { FeedWatch } from '@reference/models';
import { products, scratchDir, writeLines } from './test-files';
import { waitForFeedReady } from './wait-for-feed-ready';

test('between two looks the wait heartbeats the last look more than once, so a cancellation is heard within one', async () => {
  const feedPath = path.join(scratchDir(), 'feed.jsonl');
  const env = new MockActivityEnvironment();
  const heartbeats: FeedWatch[] = [];
  env.on('heartbeat', (watch: FeedWatch) => {
    heartbeats.push({ ...watch });
    // The supplier finishes during the second look's interval: the third look finds the feed.
    if (watch.looks === 2) writeLines(`${feedPath}.ready`, [writeLines(feedPath, products(1))]);
  });

  const watch = await env.run(waitForFeedReady, { feedPath, pollIntervalSeconds: 1 });

  expect(watch).toMatchObject({ looks: 3, lastLook: 'ready', resumedAfter: 0 });
  const afterFirstLook = heartbeats.filter((h) => h.looks === 1);
  expect(afterFirstLook.length).toBeGreaterThan(1);
  expect(afterFirstLook.every((h) => h.lastLook === 'not-ready')).toBe(true);
});
