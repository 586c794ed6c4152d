import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { WorkflowBundleOption } from '@temporalio/worker';
import { bundleWorkflows } from '@reference/workflow-bundle';

const BUNDLE_PATH_VARIABLE = 'WORKFLOW_BUNDLE_PATH';

/**
 * For a package's jest global setup: bundles the workflows once per test run (webpack takes seconds) into a private
 * temporary folder and leaves the file's path in WORKFLOW_BUNDLE_PATH, which jest's workers inherit. The run's
 * workers write their audit trail there too (AUDIT_FILE), not in the user's own.
 */
export async function bundleOnce(workflowsPath: string): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'reference-bundle-'));
  const file = path.join(dir, 'workflow-bundle.js');
  writeFileSync(file, await bundleWorkflows({ workflowsPath }));
  process.env[BUNDLE_PATH_VARIABLE] = file;
  process.env.AUDIT_FILE = path.join(dir, 'audit.jsonl');
}

/** For the global teardown: removes what bundleOnce wrote. */
export async function removeBundle(): Promise<void> {
  const file = process.env[BUNDLE_PATH_VARIABLE];
  if (file) rmSync(path.dirname(file), { recursive: true, force: true });
}

/** The bundle of this test run: the code the production worker runs (payload converter and validators included). */
export function sharedWorkflowBundle(): WorkflowBundleOption {
  const codePath = process.env[BUNDLE_PATH_VARIABLE];
  if (!codePath) throw new Error(`${BUNDLE_PATH_VARIABLE} is not set: add @reference/testing's global setup to jest`);
  return { codePath };
}
