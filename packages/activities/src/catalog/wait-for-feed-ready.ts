import { access } from 'node:fs/promises';
import { ApplicationFailure, Context } from '@temporalio/activity';
import type { FeedWatch, WaitForFeedInput } from '@reference/models';

export type { FeedWatch } from '@reference/models';

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/**
 * Waits for the supplier's `<feed>.ready` marker by looking every `pollIntervalSeconds` within one activity (the
 * reference's frequent-polling pattern: looks seconds apart, no new attempt for each), heartbeating after each look
 * with what it found. A retry (a killed worker, a heartbeat timeout) resumes from the last heartbeat: the looks are
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
    context.heartbeat(watch);
    await context.sleep(pollIntervalSeconds * 1000);
  }
}
