import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { OpenTelemetryPlugin } from '@temporalio/interceptors-opentelemetry';
import { CorrelationSpanProcessor } from './correlation-spans';

export const TRACES_EXPORTERS = ['none', 'console', 'otlp'] as const;
export type TracesExporter = (typeof TRACES_EXPORTERS)[number];

export interface Tracing {
  /** Client, worker, workflow and activity interceptors plus the sink that carries workflow spans out of the isolate. */
  plugin: OpenTelemetryPlugin;
  /** Exports the spans still batched. */
  flush(): Promise<void>;
  /** Flushes, then stops the exporter; call before the process exits. */
  shutdown(): Promise<void>;
}

/**
 * Registers a global tracer provider that sends every span to the exporter: console (each span as it ends, for a
 * person watching), OTLP/HTTP (batched; reads OTEL_EXPORTER_OTLP_*) or one given. With none, spans are dropped but
 * the interceptors stay in place, so the prebuilt workflow bundle is the same with tracing on or off.
 * OpenTelemetry is loaded here, not at import, so a process that traces nothing does not pay for it at start.
 */
export async function startTracing(serviceName: string, exporter: TracesExporter | SpanExporter): Promise<Tracing> {
  const [{ Resource }, sdk, { CorrelatedTracingPlugin }] = await Promise.all([
    import('@opentelemetry/resources'),
    import('@opentelemetry/sdk-trace-base'),
    import('./correlated-tracing-plugin'),
  ]);
  const resource = new Resource({ 'service.name': serviceName });
  if (exporter === 'none') {
    const plugin = new CorrelatedTracingPlugin({ resource, spanProcessor: new sdk.NoopSpanProcessor() });
    return { plugin, flush: async () => {}, shutdown: async () => {} };
  }
  const exporting =
    exporter === 'console'
      ? new sdk.SimpleSpanProcessor(new sdk.ConsoleSpanExporter())
      : new sdk.BatchSpanProcessor(
          exporter === 'otlp'
            ? new (await import('@opentelemetry/exporter-trace-otlp-http')).OTLPTraceExporter()
            : exporter,
        );
  // Every span names its correlation id (the attribute correlation.id) when one is in scope.
  const spanProcessor = new CorrelationSpanProcessor(exporting);
  const { NodeTracerProvider } = await import('@opentelemetry/sdk-trace-node');
  const provider = new NodeTracerProvider({ resource, spanProcessors: [spanProcessor] });
  provider.register();
  return {
    plugin: new CorrelatedTracingPlugin({ resource, spanProcessor }),
    flush: () => provider.forceFlush(),
    shutdown: () => provider.shutdown(),
  };
}

/** Reads OTEL_TRACES_EXPORTER (default none); an unknown value is an error naming the accepted ones. */
export function tracesExporterFromEnv(env: NodeJS.ProcessEnv = process.env): TracesExporter {
  const kind = env.OTEL_TRACES_EXPORTER ?? 'none';
  if (!(TRACES_EXPORTERS as readonly string[]).includes(kind)) {
    throw new Error(`OTEL_TRACES_EXPORTER must be one of ${TRACES_EXPORTERS.join(', ')} (got '${kind}')`);
  }
  return kind as TracesExporter;
}
