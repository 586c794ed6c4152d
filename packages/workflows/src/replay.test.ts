import { Worker } from '@temporalio/worker';
import { sharedWorkflowBundle } from '@reference/testing';
import { bundleWorkflows } from '@reference/workflow-bundle';
import { recordedHistories } from './testing/recorded-histories.test-helpers';

const histories = recordedHistories('histories');

// The shipped bundle: the project's payload converter decodes what the histories hold (Dates, bigints).
const workflowBundle = sharedWorkflowBundle();

test.each(histories)('today’s code replays $file', async ({ file, history }) => {
  await expect(Worker.runReplayHistory({ workflowBundle }, history, file)).resolves.toBeUndefined();
});

test('replay rejects a change that is not patched', async () => {
  const greeting = histories.find((h) => h.workflowType === 'GreetingWorkflow');
  const code = await bundleWorkflows({ workflowsPath: require.resolve('./greeting/greeting-changed.fixture') });
  await expect(Worker.runReplayHistory({ workflowBundle: { code } }, greeting?.history)).rejects.toMatchObject({
    name: 'DeterminismViolationError',
  });
});
