import {
  log,
  type ActivityInput,
  type ContinueAsNewInput,
  type GetLogAttributesInput,
  type Headers,
  type LocalActivityInput,
  type Next,
  type QueryInput,
  type SignalInput,
  type SignalWorkflowInput,
  type StartChildWorkflowExecutionInput,
  type StartNexusOperationInput,
  type StartNexusOperationOutput,
  type UpdateInput,
  type WorkflowExecuteInput,
  type WorkflowInboundCallsInterceptor,
  type WorkflowInterceptorsFactory,
  type WorkflowOutboundCallsInterceptor,
} from '@temporalio/workflow';
import { CORRELATION_HEADER, readCorrelationHeader, withCorrelationHeader } from '../header';
import { adoptCorrelationId, adoptedCorrelationId, correlationId } from './current';

/**
 * Takes the id a workflow's start carried, or makes one (its first run's id) when there is none; a malformed one is
 * ignored with a warning, never a failed workflow task. A message (signal, update, query) that carries another id,
 * sent by another command, is logged with it, so the two can be tied together; the workflow keeps its own.
 */
class CorrelationInbound implements WorkflowInboundCallsInterceptor {
  execute(input: WorkflowExecuteInput, next: Next<WorkflowInboundCallsInterceptor, 'execute'>): Promise<unknown> {
    const reading = readCorrelationHeader(input.headers);
    if (reading && 'problem' in reading) log.warn(`ignored the ${CORRELATION_HEADER} header: ${reading.problem}`);
    adoptCorrelationId(reading && 'id' in reading ? reading.id : correlationId());
    return next(input);
  }

  handleSignal(input: SignalInput, next: Next<WorkflowInboundCallsInterceptor, 'handleSignal'>): Promise<void> {
    noteMessage(`signal ${input.signalName}`, input.headers);
    return next(input);
  }

  handleUpdate(input: UpdateInput, next: Next<WorkflowInboundCallsInterceptor, 'handleUpdate'>): Promise<unknown> {
    noteMessage(`update ${input.name}`, input.headers);
    return next(input);
  }

  handleQuery(input: QueryInput, next: Next<WorkflowInboundCallsInterceptor, 'handleQuery'>): Promise<unknown> {
    // A query changes nothing: only a malformed header is worth a line.
    noteMessage(`query ${input.queryName}`, input.headers, { warnOnly: true });
    return next(input);
  }
}

function noteMessage(message: string, headers: Headers, { warnOnly = false } = {}): void {
  const reading = readCorrelationHeader(headers);
  if (!reading) return;
  if ('problem' in reading) log.warn(`ignored the ${CORRELATION_HEADER} header of ${message}: ${reading.problem}`);
  else if (!warnOnly && reading.id !== correlationId()) {
    log.info(`${message} came with another correlation id`, { messageCorrelationId: reading.id });
  }
}

/** Carries the id on everything the workflow starts or sends, and puts it on every line the workflow logs. */
class CorrelationOutbound implements WorkflowOutboundCallsInterceptor {
  scheduleActivity(input: ActivityInput, next: Next<WorkflowOutboundCallsInterceptor, 'scheduleActivity'>) {
    return next({ ...input, headers: withCorrelationHeader(input.headers, correlationId()) });
  }

  scheduleLocalActivity(
    input: LocalActivityInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'scheduleLocalActivity'>,
  ) {
    return next({ ...input, headers: withCorrelationHeader(input.headers, correlationId()) });
  }

  startChildWorkflowExecution(
    input: StartChildWorkflowExecutionInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'startChildWorkflowExecution'>,
  ) {
    return next({ ...input, headers: withCorrelationHeader(input.headers, correlationId()) });
  }

  signalWorkflow(input: SignalWorkflowInput, next: Next<WorkflowOutboundCallsInterceptor, 'signalWorkflow'>) {
    return next({ ...input, headers: withCorrelationHeader(input.headers, correlationId()) });
  }

  continueAsNew(input: ContinueAsNewInput, next: Next<WorkflowOutboundCallsInterceptor, 'continueAsNew'>) {
    return next({ ...input, headers: withCorrelationHeader(input.headers, correlationId()) });
  }

  // Nexus headers are strings: the id itself.
  startNexusOperation(
    input: StartNexusOperationInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'startNexusOperation'>,
  ): Promise<StartNexusOperationOutput> {
    return next({ ...input, headers: { [CORRELATION_HEADER]: correlationId(), ...input.headers } });
  }

  getLogAttributes(
    input: GetLogAttributesInput,
    next: Next<WorkflowOutboundCallsInterceptor, 'getLogAttributes'>,
  ): Record<string, unknown> {
    const id = adoptedCorrelationId();
    return next(id === undefined ? input : { ...input, correlationId: id });
  }
}

/** The module the workflow bundle registers (`workflowInterceptorModules`): the SDK calls this for each workflow. */
export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [new CorrelationInbound()],
  outbound: [new CorrelationOutbound()],
});
