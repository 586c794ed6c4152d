import { randomUUID } from 'node:crypto';
import { WorkflowUpdateStage } from '@temporalio/client';
import { bundleWorkflowCode, DefaultLogger, type LogEntry, Runtime, type WorkflowBundle } from '@temporalio/worker';
import { createTestWorker, useTestServer } from '@reference/testing';
import { finishSignal, slowUpdate, UnfinishedHandlerWorkflow } from './unfinished-handler.fixture';

// The workflow's warnings reach the runtime's logger: kept here to be read.
const warnings: LogEntry[] = [];
Runtime.install({ logger: new DefaultLogger('WARN', (entry) => warnings.push(entry)) });
const server = useTestServer();
const taskQueue = `unfinished-handler-${randomUUID()}`;
let workflowBundle: WorkflowBundle;

beforeAll(async () => {
  workflowBundle = await bundleWorkflowCode({ workflowsPath: require.resolve('./unfinished-handler.fixture') });
});

/** Runs `use` with a worker of the fixture polling, shut down after it. */
async function withWorker<T>(use: () => Promise<T>): Promise<T> {
  const worker = await createTestWorker(server.env.nativeConnection, { taskQueue, workflowBundle });
  return worker.runUntil(use());
}

/** Starts the workflow, has slowUpdate accepted (it now runs for 2 s), then tells the workflow to finish. */
async function finishWhileTheUpdateRuns(waitForHandlers: boolean) {
  const workflowId = `unfinished-handler-${randomUUID()}`;
  const handle = await server.env.client.workflow.start(UnfinishedHandlerWorkflow, {
    taskQueue,
    workflowId,
    args: [waitForHandlers],
  });
  const update = await handle.startUpdate(slowUpdate, {
    args: ['the report'],
    waitForStage: WorkflowUpdateStage.ACCEPTED,
  });
  await handle.signal(finishSignal);
  return { workflowId, handle, update };
}

const unfinishedWarnings = (workflowId: string) =>
  warnings.filter((entry) => entry.meta?.workflowId === workflowId && /TMPRL1102/.test(entry.message));

test('with condition(allHandlersFinished), the workflow ends after the update, whose caller gets its result', () =>
  withWorker(async () => {
    const { workflowId, handle, update } = await finishWhileTheUpdateRuns(true);
    await expect(update.result()).resolves.toBe('the report done');
    await expect(handle.result()).resolves.toBe('finished');
    expect(unfinishedWarnings(workflowId)).toEqual([]);
  }));

test('without it, the workflow ends first: the update caller loses its answer and the SDK warns', () =>
  withWorker(async () => {
    const { workflowId, handle, update } = await finishWhileTheUpdateRuns(false);
    await expect(handle.result()).resolves.toBe('finished');
    const lost = await update.result().then(
      (answer) => ({ answer }),
      (err: unknown) => err,
    );
    expect(lost).toMatchObject({
      name: 'WorkflowUpdateFailedError',
      cause: {
        type: 'AcceptedUpdateCompletedWorkflow',
        message: expect.stringContaining('Workflow completed before') as unknown,
      },
    });
    expect(unfinishedWarnings(workflowId)).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('Workflow finished while an update handler was still running') as unknown,
      }),
    ]);
  }));
