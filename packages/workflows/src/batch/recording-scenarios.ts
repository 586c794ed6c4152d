import { waitFor } from '@reference/testing/wait';
import { BatchWorkflow, batchProgressQuery, pauseBatchSignal } from '..';
import type { RecordingScenario } from '../testing/recording-scenario';
import { sampleBatch } from './batch.test-helpers';

export const recordingScenarios: RecordingScenario[] = [
  {
    // The first run: pages in a window of 2, a pause and a resume, then continue-as-new at its bound.
    name: 'BatchWorkflow.continued-as-new',
    run: async (client, taskQueue) => {
      const files = await sampleBatch(60, 2);
      const handle = await client.workflow.start(BatchWorkflow, {
        taskQueue,
        workflowId: 'batch-recorded',
        args: [{ ...files, window: 2, pageSize: 5, maxHistoryEvents: 100 }],
      });
      await handle.signal(pauseBatchSignal, { paused: true });
      await handle.signal(pauseBatchSignal, { paused: false });
      return client.workflow.getHandle(handle.workflowId, handle.firstExecutionRunId);
    },
  },
  {
    name: 'BatchWorkflow.cancelled',
    run: async (client, taskQueue) => {
      const files = await sampleBatch(40);
      // Pages of 2 s, so the cancellation reaches them in flight.
      process.env.BATCH_RECORD_MS = '200';
      try {
        const handle = await client.workflow.start(BatchWorkflow, {
          taskQueue,
          workflowId: 'batch-recorded-cancelled',
          args: [{ ...files, window: 2, pageSize: 10 }],
        });
        await waitFor(() => handle.query(batchProgressQuery), 'a page is in flight', {
          holds: (progress) => progress.inFlight > 0,
          retryErrors: true,
        });
        await handle.cancel();
        await handle.result();
        return handle;
      } finally {
        delete process.env.BATCH_RECORD_MS;
      }
    },
  },
];
