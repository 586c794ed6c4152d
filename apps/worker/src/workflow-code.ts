import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkerPlugin } from '@temporalio/worker';
import { bundleWorkflows as bundleWorkflowsWith } from '@reference/workflow-bundle';
import type { WorkflowSource } from './create-worker';

/** Bundles the workflows package as `build` does for production (see @reference/workflow-bundle). */
export function bundleWorkflows(plugins: WorkerPlugin[]): Promise<string> {
  return bundleWorkflowsWith({ workflowsPath: require.resolve('@reference/workflows/registry'), plugins });
}

/**
 * Where `build` writes the prebuilt bundle, beside this module: the traced one carries the OpenTelemetry workflow
 * interceptors. Different code, so a different build id: turning tracing on is a new worker version.
 */
export function prebuiltBundleFile(traced: boolean): string {
  return path.join(__dirname, traced ? 'workflow-bundle-traced.js' : 'workflow-bundle.js');
}

/**
 * The workflow code a worker will run, as text (to derive its build id from), and a source that runs exactly that
 * code: a prebuilt bundle is read; a source package is bundled now and the worker given the result, so it does not
 * bundle a second time.
 */
export async function resolveWorkflowCode(
  source: WorkflowSource,
  plugins: WorkerPlugin[],
): Promise<{ code: string; source: WorkflowSource }> {
  if ('workflowBundle' in source && source.workflowBundle) {
    const bundle = source.workflowBundle;
    const code = 'code' in bundle ? bundle.code : readFileSync(bundle.codePath, 'utf8');
    return { code, source };
  }
  const code = await bundleWorkflows(plugins);
  return { code, source: { workflowBundle: { code } } };
}
