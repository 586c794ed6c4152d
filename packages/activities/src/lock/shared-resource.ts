import { Context, heartbeat } from '@temporalio/activity';
import type { UseSharedResourceInput } from '@reference/models';

/** One use of a shared resource, in this process's clock: what a test checks for overlaps. */
export interface ResourceUse {
  resourceId: string;
  holder: string;
  startedAt: number;
  endedAt?: number;
}

/** The "resource" the lock protects, kept in this process so a test can see who used it when. */
export const sharedResources = { uses: [] as ResourceUse[] };

const HEARTBEAT_EVERY_MS = 500;

/**
 * Works on the resource for `workMs`, heartbeating: if the holder's workflow is gone (terminated), the next
 * heartbeat's answer cancels this attempt, so a dead holder stops using the resource within a heartbeat.
 */
export async function useSharedResource({ resourceId, holder, workMs }: UseSharedResourceInput): Promise<void> {
  const use: ResourceUse = { resourceId, holder, startedAt: Date.now() };
  sharedResources.uses.push(use);
  try {
    for (let left = workMs; left > 0; left -= HEARTBEAT_EVERY_MS) {
      heartbeat();
      await Context.current().sleep(Math.min(left, HEARTBEAT_EVERY_MS));
    }
  } finally {
    use.endedAt = Date.now();
  }
}
