import { performance } from 'node:perf_hooks';
import type { Client } from '@temporalio/client';
import { FanOutWorkflow, TASK_QUEUE } from '@reference/workflows';
import type { Progress } from './progress';

export interface FanOut {
  activities: number;
  wallMs: number;
}

/** Wall time of one FanOutWorkflow running `count` greet activities at once, on the worker that polls. */
export async function measureFanOut(client: Client, count: number, progress: Progress): Promise<FanOut> {
  progress.start(`fan-out · one workflow, ${count} activities`, 1, 'workflow');
  const startedAt = performance.now();
  const greeted = await client.workflow.execute(FanOutWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: `bench-fan-out-${Date.now()}`,
    args: [count],
  });
  const wallMs = Math.round(performance.now() - startedAt);
  progress.update(1, `${wallMs} ms`);
  progress.stop();
  if (greeted !== count) throw new Error(`fan-out greeted ${greeted}, expected ${count}`);
  return { activities: count, wallMs };
}
