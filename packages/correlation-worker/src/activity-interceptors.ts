import { randomUUID } from 'node:crypto';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';
import { CORRELATION_HEADER, readCorrelationHeader, withCorrelationId } from '@reference/correlation';

/**
 * Takes the correlation id from the activity's header (a fresh one when it has none; a malformed one is ignored with a
 * warning) and runs the activity in its scope, so activity code reads it with `currentCorrelationId()` and a workflow
 * it starts with the worker's client carries it; every line the activity context logs has it as `correlationId`.
 */
export const correlationActivityInterceptors: ActivityInterceptorsFactory = (ctx) => {
  let id: string | undefined;
  return {
    inbound: {
      execute: (input, next) => {
        const reading = readCorrelationHeader(input.headers);
        id = reading && 'id' in reading ? reading.id : randomUUID();
        if (reading && 'problem' in reading)
          ctx.log.warn(`ignored the ${CORRELATION_HEADER} header: ${reading.problem}`);
        return withCorrelationId(id, () => next(input));
      },
    },
    outbound: {
      getLogAttributes: (attributes, next) =>
        next(id === undefined ? attributes : { ...attributes, correlationId: id }),
    },
  };
};
