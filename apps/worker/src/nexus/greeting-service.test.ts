import { randomUUID } from 'node:crypto';
import { ApplicationFailure, CancelledFailure, NexusOperationFailure } from '@temporalio/common';
import { WorkflowFailedError, type WorkflowHandle } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { DefaultLogger, type LogEntry, Runtime } from '@temporalio/worker';
import { readCorrelationHeader, withCorrelationId } from '@reference/correlation';
import { UNSUPPORTED_LANGUAGE } from '@reference/models/wire';
import { NexusGreetingWorkflow, TASK_QUEUE } from '@reference/workflows';
import { startNexusEnv, type NexusEnv } from './nexus-env.test-helpers';

// The caller's workflow runs in namespace nexus-caller, GreetingService and its workflow in default: the two meet only
// through the endpoint, on one real dev server, each served by the project's own worker options.
const EventType = temporal.api.enums.v1.EventType;
let nexus: NexusEnv;
// Every line both workers log (Nexus handlers, workflows through their logger sink), kept to be read.
const lines: LogEntry[] = [];
Runtime.install({ logger: new DefaultLogger('DEBUG', (entry) => lines.push(entry)) });

beforeAll(async () => {
  nexus = await startNexusEnv();
});
afterAll(async () => {
  await nexus?.stop();
});

function startCaller(language: string, delaySeconds: number) {
  return nexus.caller.workflow.start(NexusGreetingWorkflow, {
    taskQueue: TASK_QUEUE,
    workflowId: `nexus-greeting-${randomUUID()}`,
    args: [{ name: 'Ada', language, delaySeconds }],
  });
}

async function eventTypes(handle: WorkflowHandle) {
  const { events } = await handle.fetchHistory();
  return (events ?? []).map((event) => event.eventType);
}

/** The handler's workflow behind the caller's started workflow-run operation, as the Started event links it. */
async function operationWorkflowId(handle: WorkflowHandle): Promise<string> {
  for (;;) {
    const { events } = await handle.fetchHistory();
    const started = events?.find((event) => event.eventType === EventType.EVENT_TYPE_NEXUS_OPERATION_STARTED);
    const workflowId = started?.links?.[0]?.workflowEvent?.workflowId;
    if (workflowId) return workflowId;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('the caller gets both greetings: the synchronous one needs no operation start, the workflow-run one does', async () => {
  const handle = await startCaller('fr', 0);
  expect(await handle.result()).toEqual({ now: 'Bonjour, Ada!', later: 'Bonjour, Ada!' });

  const types = await eventTypes(handle);
  const count = (type: temporal.api.enums.v1.EventType) => types.filter((t) => t === type).length;
  expect({
    scheduled: count(EventType.EVENT_TYPE_NEXUS_OPERATION_SCHEDULED),
    started: count(EventType.EVENT_TYPE_NEXUS_OPERATION_STARTED),
    completed: count(EventType.EVENT_TYPE_NEXUS_OPERATION_COMPLETED),
  }).toEqual({ scheduled: 2, started: 1, completed: 2 });
  const backing = nexus.handler.workflow.getHandle(await operationWorkflowId(handle));
  expect(await backing.result()).toEqual({ message: 'Bonjour, Ada!' });
  expect((await backing.describe()).type).toBe('ScheduledGreetingWorkflow');
});

test('cancelling the caller cancels the workflow-run operation: the handler’s workflow ends cancelled', async () => {
  const handle = await startCaller('de', 3_600);
  const backing = nexus.handler.workflow.getHandle(await operationWorkflowId(handle));
  await handle.cancel();

  const callerFailure = await handle.result().catch((err: unknown) => err);
  expect(callerFailure).toBeInstanceOf(WorkflowFailedError);
  expect((callerFailure as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
  const backingFailure: unknown = await backing.result().catch((err: unknown) => err);
  expect((backingFailure as WorkflowFailedError).cause).toBeInstanceOf(CancelledFailure);
  expect((await backing.describe()).status.name).toBe('CANCELLED');
});

test('an operation error reaches the caller typed: NexusOperationFailure, then the handler’s ApplicationFailure', async () => {
  const handle = await startCaller('xx', 0);
  const failure = await handle.result().catch((err: unknown) => err);
  expect(failure).toBeInstanceOf(WorkflowFailedError);
  const operationFailure = (failure as WorkflowFailedError).cause;
  expect(operationFailure).toBeInstanceOf(NexusOperationFailure);
  expect(operationFailure).toMatchObject({ service: 'GreetingService', operation: 'greet' });
  // Nexus's OperationError arrives as an ApplicationFailure of that type, carrying the handler's own failure.
  const operationError = (operationFailure as NexusOperationFailure).cause;
  expect(operationError).toBeInstanceOf(ApplicationFailure);
  expect(operationError).toMatchObject({ type: 'OperationError', nonRetryable: true });
  const cause = (operationError as ApplicationFailure).cause;
  expect(cause).toBeInstanceOf(ApplicationFailure);
  expect(cause).toMatchObject({
    type: UNSUPPORTED_LANGUAGE,
    message: 'no greeting in language xx',
    nonRetryable: true,
  });
});

test('a Nexus operation carries the caller’s correlation id to its handler and to the workflow greetLater starts', async () => {
  const correlationId = `nexus-greeting-${randomUUID()}`;
  const handle = await withCorrelationId(correlationId, () => startCaller('fr', 0));
  await handle.result();
  const meta = (line: LogEntry): Record<string, unknown> => line.meta ?? {};

  // Each handler, synchronous or not, runs with the id its Nexus header carried: on the SDK's own lines about it.
  const handled = lines.filter(
    (line) => line.message === 'Nexus handler started' && meta(line).correlationId === correlationId,
  );
  expect(handled.map((line) => meta(line).operation).sort()).toEqual(['greet', 'greetLater']);

  // The handler starts its workflow with the worker's own client, in the id's scope: the start carries it, and so
  // would every activity, child or message the workflow sent (it has none: it only waits).
  const backingId = await operationWorkflowId(handle);
  const { events } = await nexus.handler.workflow.getHandle(backingId).fetchHistory();
  const started = events?.find((event) => event.workflowExecutionStartedEventAttributes);
  expect(readCorrelationHeader(started?.workflowExecutionStartedEventAttributes?.header?.fields ?? {})).toEqual({
    id: correlationId,
  });
  const backingLines = lines.filter(
    (line) => meta(line).workflowId === backingId && line.message !== 'Workflow started',
  );
  expect(backingLines.length).toBeGreaterThan(0);
  expect(backingLines.filter((line) => meta(line).correlationId !== correlationId)).toEqual([]);
});
