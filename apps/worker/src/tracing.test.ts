import { randomUUID } from 'node:crypto';
import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode } from '@temporalio/worker';
import { CorrelationClientInterceptor } from '@reference/correlation';
import { CORRELATION_ATTRIBUTE, startTracing, type Tracing } from '@reference/telemetry';
import { startTestServer } from '@reference/testing';
import { GreetingWorkflow, TASK_QUEUE } from '@reference/workflows';
import { createWorker } from './create-worker';
import { bundleWorkflows } from './workflow-code';

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let env: TestWorkflowEnvironment;

beforeAll(async () => {
  tracing = await startTracing('tracing-test', exporter);
  env = await startTestServer();
});

afterAll(async () => {
  await tracing?.shutdown();
  await env?.teardown();
});

test('one connected trace runs from the client’s start through the workflow to the activity', async () => {
  // As the starter and the production worker are set up: the plugin on the client and on the worker and bundle.
  const client = new Client({ connection: env.connection, plugins: [tracing.plugin] });
  const workflowBundle = await bundleWorkflowCode({
    workflowsPath: require.resolve('@reference/workflows/registry'),
    plugins: [tracing.plugin],
  });
  const worker = await createWorker(env.nativeConnection, 'default', { workflowBundle }, { plugins: [tracing.plugin] });
  const workflowId = `traced-${randomUUID()}`;
  await worker.runUntil(
    client.workflow.execute(GreetingWorkflow, { taskQueue: TASK_QUEUE, workflowId, args: ['traced'] }),
  );
  await tracing.flush();

  const spans = exporter.getFinishedSpans();
  const names = spans.map((span) => span.name);
  expect(names).toEqual(
    expect.arrayContaining([
      'StartWorkflow:GreetingWorkflow',
      'RunWorkflow:GreetingWorkflow',
      'StartActivity:greet',
      'RunActivity:greet',
    ]),
  );
  expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(1);
  // Connected: exactly one root (the client's start) and every other span's parent is a span of this trace.
  const ids = new Set(spans.map((span) => span.spanContext().spanId));
  const roots = spans.filter((span) => span.parentSpanId === undefined);
  expect(roots.map((span) => span.name)).toEqual(['StartWorkflow:GreetingWorkflow']);
  for (const span of spans.filter((s) => s.parentSpanId !== undefined)) {
    expect(ids).toContain(span.parentSpanId);
  }
  const activity = spans.find((span) => span.name === 'RunActivity:greet');
  const scheduled = spans.find((span) => span.name === 'StartActivity:greet');
  expect(activity?.parentSpanId).toBe(scheduled?.spanContext().spanId);
});

test('with tracing on, every span of the trace names the correlation id the client sent', async () => {
  const client = new Client({
    connection: env.connection,
    interceptors: { workflow: [new CorrelationClientInterceptor(() => 'traced-demo')] },
    plugins: [tracing.plugin],
  });
  // The worker's own bundle, with the correlation interceptors and, after the tracing ones, the module naming it.
  const workflowBundle = { code: await bundleWorkflows([tracing.plugin]) };
  const worker = await createWorker(env.nativeConnection, 'default', { workflowBundle }, { plugins: [tracing.plugin] });
  const workflowId = `traced-correlated-${randomUUID()}`;
  exporter.reset();
  await worker.runUntil(
    client.workflow.execute(GreetingWorkflow, { taskQueue: TASK_QUEUE, workflowId, args: ['traced'] }),
  );
  await tracing.flush();

  const spans = exporter
    .getFinishedSpans()
    .filter((span) => span.name.endsWith(':GreetingWorkflow') || span.name.endsWith(':greet'));
  expect(spans.map((span) => [span.name, span.attributes[CORRELATION_ATTRIBUTE]]).sort()).toEqual(
    [
      ['StartWorkflow:GreetingWorkflow', 'traced-demo'],
      ['RunWorkflow:GreetingWorkflow', 'traced-demo'],
      ['StartActivity:greet', 'traced-demo'],
      ['RunActivity:greet', 'traced-demo'],
    ].sort(),
  );
});
