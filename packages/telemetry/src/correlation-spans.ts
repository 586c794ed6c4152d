import type { Context } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { currentCorrelationId } from '@reference/correlation';
import { CORRELATION_ATTRIBUTE } from './span-attribute';

/**
 * Names the correlation id on every span started outside workflows while one is in scope: a client call (the
 * correlation client interceptor runs the tracing one inside its scope), an activity, a Nexus operation. Workflow
 * spans are named inside the sandbox (workflow/correlation-spans.ts).
 */
export class CorrelationSpanProcessor implements SpanProcessor {
  constructor(private readonly inner: SpanProcessor) {}

  onStart(span: Span, parentContext: Context): void {
    const id = currentCorrelationId();
    if (id !== undefined) span.setAttribute(CORRELATION_ATTRIBUTE, id);
    this.inner.onStart(span, parentContext);
  }

  onEnd(span: ReadableSpan): void {
    this.inner.onEnd(span);
  }

  forceFlush(): Promise<void> {
    return this.inner.forceFlush();
  }

  shutdown(): Promise<void> {
    return this.inner.shutdown();
  }
}
