import { rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleWorkflowCode } from '@temporalio/worker';

/**
 * Jest global setup: bundles the workflows once per test run (webpack takes seconds) and leaves the file's path in
 * WORKFLOW_BUNDLE_PATH for the test files that can share it.
 */
const file = path.join(os.tmpdir(), `reference-workflow-bundle-${process.pid}.js`);

export async function bundleOnce(): Promise<void> {
  const { code } = await bundleWorkflowCode({ workflowsPath: require.resolve('../../registry') });
  writeFileSync(file, code);
  process.env.WORKFLOW_BUNDLE_PATH = file;
}

export async function removeBundle(): Promise<void> {
  rmSync(file, { force: true });
}
