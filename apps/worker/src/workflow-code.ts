import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundleWorkflowCode, type WorkerPlugin } from '@temporalio/worker';
import { payloadConverterPath } from '@reference/data-converter';
import type { WorkflowSource } from './create-worker';

/**
 * Bundles the workflows package as `build` does for production: the payload converter and the plugins' workflow
 * interceptors run inside the sandbox too, so the bundle carries them.
 */
export async function bundleWorkflows(plugins: WorkerPlugin[]): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath: require.resolve('@reference/workflows/registry'),
    payloadConverterPath,
    // Evaluated once per worker instead of once per workflow: the SDK shares preloaded modules between workflows and
    // freezes them, so only stateless ones qualify. The payload converter (superjson) and the wire contract's
    // validators would otherwise cost every workflow ~0.4 and ~0.3 ms of CPU (BENCHMARKS.md).
    preloadModules: [payloadConverterPath, require.resolve('@reference/models/wire')],
    plugins,
  });
  return code;
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
