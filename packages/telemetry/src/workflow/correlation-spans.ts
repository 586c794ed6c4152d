// Runs in the workflow sandbox, bundled after the tracing interceptors, so the span they opened is the active one.
import { trace } from '@opentelemetry/api';
import type { WorkflowInterceptorsFactory } from '@temporalio/workflow';
import { correlationId } from '@reference/correlation/workflow';
import { CORRELATION_ATTRIBUTE } from '../span-attribute';

/** Names the workflow's correlation id on the span of the call being made or handled. */
function tag(): void {
  trace.getActiveSpan()?.setAttribute(CORRELATION_ATTRIBUTE, correlationId());
}

export const interceptors: WorkflowInterceptorsFactory = () => ({
  inbound: [
    {
      execute(input, next) {
        tag();
        return next(input);
      },
      handleSignal(input, next) {
        tag();
        return next(input);
      },
      handleUpdate(input, next) {
        tag();
        return next(input);
      },
    },
  ],
  outbound: [
    {
      scheduleActivity(input, next) {
        tag();
        return next(input);
      },
      scheduleLocalActivity(input, next) {
        tag();
        return next(input);
      },
      startChildWorkflowExecution(input, next) {
        tag();
        return next(input);
      },
      signalWorkflow(input, next) {
        tag();
        return next(input);
      },
      continueAsNew(input, next) {
        tag();
        return next(input);
      },
      startNexusOperation(input, next) {
        tag();
        return next(input);
      },
    },
  ],
});
