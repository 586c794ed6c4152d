import { access } from 'node:fs/promises';
import { ApplicationFailure, Context } from '@temporalio/activity';
import { type FeedWatch, MAX_HEARTBEAT_THROTTLE_MS, type WaitForFeedInput } from '@reference/models';

export type { FeedWatch } from '@reference/models';

// Between looks the wait heartbeats more often than the worker sends heartbeats, so one goes out every
// MAX_HEARTBEAT_THROTTLE_MS, and its answer, which brings a cancellation, comes at most that long after it.
const HEARTBEAT_EVERY_MS = MAX_HEARTBEAT_THROTTLE_MS / 2;

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Waits for the supplier's `<feed>.ready` marker by looking every `pollIntervalSeconds` within one activity (the
 * reference's frequent-polling pattern: looks seconds apart, no new attempt for each), heartbeating what the last look
 * found until the next. A retry (a killed worker, a heartbeat timeout) resumes from the last heartbeat: the looks are
 * counted on and `since` is the first look's. A cancellation ends the wait between two looks: the sleep between them
 * rejects as soon as it arrives.
 */
export async function waitForFeedReady({ feedPath, pollIntervalSeconds }: WaitForFeedInput): Promise<FeedWatch> {
  const context = Context.current();
  const resumed = context.info.heartbeatDetails as FeedWatch | undefined;
  const watch: FeedWatch = {
    looks: resumed?.looks ?? 0,
    since: resumed?.since ?? Date.now(),
    lastLook: 'not-ready',
    resumedAfter: resumed?.looks ?? 0,
  };
  for (;;) {
    watch.looks += 1;
    if (await exists(`${feedPath}.ready`)) {
      if (!(await exists(feedPath))) {
        throw ApplicationFailure.nonRetryable(`${feedPath}.ready exists but the feed does not`, 'FeedMissing');
      }
      return { ...watch, lastLook: 'ready' };
    }
    const nextLook = Date.now() + pollIntervalSeconds * 1000;
    for (let left = pollIntervalSeconds * 1000; left > 0; left = nextLook - Date.now()) {
      context.heartbeat(watch);
      await context.sleep(Math.min(left, HEARTBEAT_EVERY_MS));
    }
  }
}
