import { OpenTelemetryPlugin } from '@temporalio/interceptors-opentelemetry';

type BundleOptions = Parameters<OpenTelemetryPlugin['configureBundler']>[0];

/**
 * The SDK's tracing plugin, whose bundle also carries the module that names the correlation id on workflow spans,
 * after the tracing interceptors (so inside their spans). Loaded only by startTracing.
 */
export class CorrelatedTracingPlugin extends OpenTelemetryPlugin {
  override configureBundler(options: BundleOptions): BundleOptions {
    const configured = super.configureBundler(options);
    const modules = configured.workflowInterceptorModules ?? [];
    return { ...configured, workflowInterceptorModules: [...modules, require.resolve('./workflow/correlation-spans')] };
  }
}
