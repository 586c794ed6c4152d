import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, Worker, type WorkflowBundle } from '@temporalio/worker';

/**
 * One change (greet as a local activity instead of a regular one) deployed in the three patching steps. Each step's
 * history was recorded from a real run of that step (pnpm --filter @reference/workflows record-versioning-histories);
 * a deployment is safe when the runs still open from the step before replay on it.
 */
const steps = ['step-0-before', 'step-1-patched', 'step-2-deprecated', 'step-3-removed'] as const;
type Step = (typeof steps)[number];

const history = (step: Step): unknown =>
  JSON.parse(readFileSync(path.join(__dirname, 'step-histories', `GreetingWorkflow.${step}.json`), 'utf8'));
const bundles = new Map<Step, WorkflowBundle>();
const replay = (historyOf: Step, codeOf: Step) =>
  Worker.runReplayHistory({ workflowBundle: bundles.get(codeOf)! }, history(historyOf), `${historyOf}-on-${codeOf}`);

beforeAll(async () => {
  for (const step of steps) {
    bundles.set(step, await bundleWorkflowCode({ workflowsPath: require.resolve(`./steps/${step}`) }));
  }
}, 120_000);

test.each([
  ['step-0-before', 'step-1-patched'],
  ['step-1-patched', 'step-2-deprecated'],
  ['step-2-deprecated', 'step-3-removed'],
] as const)('runs recorded under %s replay on %s: that deployment is safe', async (recordedUnder, deployed) => {
  await expect(replay(recordedUnder, deployed)).resolves.toBeUndefined();
});

test('step 1 keeps the old path: runs from before the change replay on it, new runs take the new path', async () => {
  await expect(replay('step-0-before', 'step-1-patched')).resolves.toBeUndefined();
  await expect(replay('step-1-patched', 'step-1-patched')).resolves.toBeUndefined();
  const events = JSON.stringify(history('step-1-patched'));
  expect(events).toContain('core_patch'); // the patch marker
  expect(events).not.toContain('activityTaskScheduledEventAttributes');
});

test.each([['step-2-deprecated'], ['step-3-removed']] as const)(
  'skipping a step breaks open runs: a run from before the change does not replay on %s',
  async (deployed) => {
    await expect(replay('step-0-before', deployed)).rejects.toMatchObject({ name: 'DeterminismViolationError' });
  },
);
