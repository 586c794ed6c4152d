import type { Client } from '@temporalio/client';
import { TASK_QUEUE } from '@reference/workflows';
import { workerPolls } from './worker-polls';

/** How long a call waits on the workflow before the starter looks whether any worker is there to answer. */
const LOOK_AFTER_MS = 5_000;

/**
 * For a call that waits on a workflow's answer (an update): past a few seconds, if no worker has polled lately,
 * says so once instead of waiting in silence. `stop` once the answer came.
 */
export function sayIfNoWorker(client: Client, workflowId: string): { stop: () => void } {
  const timer = setTimeout(() => {
    void workerPolls(client.workflow, TASK_QUEUE).then(
      (polled) => {
        if (!polled) {
          console.log(
            `no worker has answered ${workflowId} for ${LOOK_AFTER_MS / 1000} s: is one polling ${TASK_QUEUE}? ` +
              'Start one with `pnpm dev`; the answer comes once it does',
          );
        }
      },
      () => undefined,
    );
  }, LOOK_AFTER_MS);
  return { stop: () => clearTimeout(timer) };
}
