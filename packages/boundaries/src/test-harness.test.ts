import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { handBuiltHarness, testFiles } from './test-harness';
import { workspaceRoot } from './workspace';

/**
 * Test files that build their worker or server themselves, each with why. Everywhere else a test takes both from
 * @reference/testing (useTestServer, startTestServer, createTestWorker), so a change of bundle, data converter or
 * interceptors reaches every test; apps/e2e's processes take their server from worker-process.ts.
 */
const ALLOWED = new Map([
  [
    'apps/codec-server/src/real-server.test.ts',
    'a worker with a keyring of its own; the package has no jest global setup for the shared bundle',
  ],
  ['apps/starter/src/schedules.test.ts', 'the starter takes no worker-side package, the harness among them'],
  ['apps/worker/src/fault-matrix.test.ts', "the production worker's own options, faults injected into them"],
  ['apps/worker/src/worker-versioning.test.ts', "the production worker's options with a deployment version"],
  ['packages/data-converter/src/real-server.test.ts', 'the harness depends on this package, not the other way'],
]);

// The harness itself, and this check's own examples.
const exempt = ['packages/testing/', 'packages/boundaries/'];
const files = ['apps', 'packages']
  .flatMap((group) => testFiles(workspaceRoot, group))
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => !exempt.some((dir) => file.startsWith(dir)));
const handBuilt = files.flatMap((file) => handBuiltHarness(file, readFileSync(path.join(workspaceRoot, file), 'utf8')));

test('tests take their worker and server from the harness, but for the files allowed with a reason', () => {
  expect(files.length).toBeGreaterThan(0);
  expect(handBuilt.filter((call) => !ALLOWED.has(call.split(':')[0]!))).toEqual([]);
});

test('every allowed file exists and still builds something itself', () => {
  for (const file of ALLOWED.keys()) {
    expect(existsSync(path.join(workspaceRoot, file))).toBe(true);
    expect(handBuilt.some((call) => call.startsWith(`${file}:`))).toBe(true);
  }
});

test.each([
  ['await Worker.create({ connection });', 'Worker.create'],
  ['env = await createLocalTestEnv();', 'createLocalTestEnv'],
  ['createTimeSkippingTestEnv(client)', 'createTimeSkippingTestEnv'],
  ['TestWorkflowEnvironment.createLocal({})', 'TestWorkflowEnvironment.createLocal'],
  ['TestWorkflowEnvironment.createTimeSkipping()', 'TestWorkflowEnvironment.createTimeSkipping'],
])('the check finds %s', (source, call) => {
  expect(handBuiltHarness('a.test.ts', `\n${source}`)).toEqual([`a.test.ts:2: ${call}`]);
});

test('the check passes the harness', () => {
  expect(handBuiltHarness('a.test.ts', 'const worker = await createTestWorker(server.env.nativeConnection);')).toEqual(
    [],
  );
});
