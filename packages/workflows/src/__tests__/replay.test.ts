import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, Worker, type WorkflowBundle } from '@temporalio/worker';
import { payloadConverterPath } from '@reference/data-converter';
import * as workflows from '..';

/**
 * Histories recorded from real runs: by `pnpm --filter @reference/workflows record-histories` here, and in a domain's
 * own `src/<domain>/histories/` (the Nexus domain's by apps/worker/src/__tests__/record-nexus-histories.ts).
 */
const srcDir = path.join(__dirname, '..');
const historyDirs = [
  path.join(__dirname, 'histories'),
  ...readdirSync(srcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(srcDir, entry.name, 'histories'))
    .filter((dir) => existsSync(dir)),
];
const histories = historyDirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => ({
      file,
      workflowType: file.split('.')[0],
      history: JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as unknown,
    })),
);

let workflowBundle: WorkflowBundle;

beforeAll(async () => {
  // The project's payload converter decodes what the histories hold (Dates, bigints) as the worker does.
  workflowBundle = await bundleWorkflowCode({ workflowsPath: require.resolve('../registry'), payloadConverterPath });
});

test('every exported workflow has at least one recorded history', () => {
  const workflowTypes = Object.entries(workflows)
    .filter(([, value]) => typeof value === 'function')
    .map(([name]) => name);
  const recorded = new Set(histories.map((h) => h.workflowType));
  expect(workflowTypes.filter((type) => !recorded.has(type))).toEqual([]);
});

test.each(histories)('today’s code replays $file', async ({ file, history }) => {
  await expect(Worker.runReplayHistory({ workflowBundle }, history, file)).resolves.toBeUndefined();
});

test('replay rejects a change that is not patched', async () => {
  const greeting = histories.find((h) => h.workflowType === 'GreetingWorkflow');
  const changed = await bundleWorkflowCode({ workflowsPath: require.resolve('./fixtures/greeting-changed') });
  await expect(Worker.runReplayHistory({ workflowBundle: changed }, greeting?.history)).rejects.toMatchObject({
    name: 'DeterminismViolationError',
  });
});
