import { randomUUID } from 'node:crypto';
import { log } from '@temporalio/nexus';
import type { NexusInterceptorsFactory } from '@temporalio/worker';
import { CORRELATION_HEADER, readNexusCorrelationHeader, withCorrelationId } from '@reference/correlation';

/**
 * The same for a Nexus operation's handler: the id from the caller's Nexus header, in scope while it runs, so the
 * workflow a WorkflowRunOperationHandler starts carries it; on every line the handler logs.
 */
export const correlationNexusInterceptors: NexusInterceptorsFactory = (ctx) => {
  const reading = readNexusCorrelationHeader(ctx.headers);
  const id = reading && 'id' in reading ? reading.id : randomUUID();
  const scoped = <T>(fn: () => T): T => withCorrelationId(id, fn);
  return {
    inbound: {
      startOperation: (input, next) => {
        if (reading && 'problem' in reading) log.warn(`ignored the ${CORRELATION_HEADER} header: ${reading.problem}`);
        return scoped(() => next(input));
      },
      cancelOperation: (input, next) => scoped(() => next(input)),
    },
    outbound: {
      getLogAttributes: (attributes, next) => next({ ...attributes, correlationId: id }),
    },
  };
};
