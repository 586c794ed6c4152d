import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { trace } from '@opentelemetry/api';
import { startTracing, tracesExporterFromEnv } from './tracing';

test('tracing is off unless OTEL_TRACES_EXPORTER names an exporter', () => {
  expect(tracesExporterFromEnv({})).toBe('none');
  expect(tracesExporterFromEnv({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe('otlp');
});

test('an unknown exporter is an error naming the accepted ones', () => {
  expect(() => tracesExporterFromEnv({ OTEL_TRACES_EXPORTER: 'jaeger' })).toThrow(
    "OTEL_TRACES_EXPORTER must be one of none, console, otlp (got 'jaeger')",
  );
});

test('with an exporter, spans of the global tracer reach it, named by the service', async () => {
  const exporter = new InMemorySpanExporter();
  const tracing = await startTracing('telemetry-test', exporter);
  trace.getTracer('test').startSpan('work').end();
  await tracing.flush();
  expect(exporter.getFinishedSpans().map((span) => [span.name, span.resource.attributes['service.name']])).toEqual([
    ['work', 'telemetry-test'],
  ]);
  await tracing.shutdown();
});
