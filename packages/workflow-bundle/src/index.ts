import { bundleWorkflowCode, type WorkerPlugin } from '@temporalio/worker';
import { payloadConverterPath } from '@reference/data-converter';

export interface BundleOptions {
  /** The module that exports the workflow types: `@reference/workflows/registry`, or a test's fixture. */
  workflowsPath: string;
  /** Plugins whose workflow interceptors run inside the sandbox (tracing). */
  plugins?: WorkerPlugin[];
}

/** Workflow interceptors every bundle carries, before any plugin's: the correlation id (@reference/correlation). */
const WORKFLOW_INTERCEPTOR_MODULES = [require.resolve('@reference/correlation/workflow-interceptors')];

/**
 * Bundles workflow code as `build` does for production, and as every test and replay does, so that they run the code
 * that ships: the payload converter and the workflow interceptors (the correlation id's, the plugins') run inside the
 * sandbox too, so the bundle carries them.
 */
export async function bundleWorkflows({ workflowsPath, plugins = [] }: BundleOptions): Promise<string> {
  const { code } = await bundleWorkflowCode({
    workflowsPath,
    payloadConverterPath,
    workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES,
    // Evaluated once per worker instead of once per workflow: the SDK shares preloaded modules between workflows and
    // freezes them, so only stateless ones qualify. The payload converter (superjson) and the wire contract's
    // validators would otherwise cost every workflow ~0.4 and ~0.3 ms of CPU (BENCHMARKS.md).
    preloadModules: [payloadConverterPath, require.resolve('@reference/models/wire')],
    plugins,
  });
  return code;
}
