import type {
  ClientInterceptors,
  CreateScheduleInput,
  CreateScheduleOutput,
  Next,
  ScheduleClientInterceptor,
  WorkflowClientInterceptor,
  WorkflowQueryInput,
  WorkflowSignalInput,
  WorkflowSignalWithStartInput,
  WorkflowStartInput,
  WorkflowStartOutput,
  WorkflowStartUpdateInput,
  WorkflowStartUpdateOutput,
  WorkflowStartUpdateWithStartInput,
  WorkflowStartUpdateWithStartOutput,
} from '@temporalio/client';
import type { Headers } from '@temporalio/common';
import { withCorrelationHeader } from './header';
import { withCorrelationId } from './scope';

/**
 * Puts the correlation id in the headers of every workflow start, signal, query and update a client sends. `idOf`
 * says which id: the starter's (one per command), or, in a worker, the id of the activity or Nexus operation making
 * the call; undefined sends none, and the workflow makes its own. A header the caller set itself is kept.
 */
export class CorrelationClientInterceptor implements WorkflowClientInterceptor {
  constructor(private readonly idOf: () => string | undefined) {}

  start(input: WorkflowStartInput, next: Next<WorkflowClientInterceptor, 'start'>): Promise<string> {
    return this.carried((addId) => next({ ...input, headers: addId(input.headers) }));
  }

  startWithDetails(
    input: WorkflowStartInput,
    next: Next<WorkflowClientInterceptor, 'startWithDetails'>,
  ): Promise<WorkflowStartOutput> {
    return this.carried((addId) => next({ ...input, headers: addId(input.headers) }));
  }

  signal(input: WorkflowSignalInput, next: Next<WorkflowClientInterceptor, 'signal'>): Promise<void> {
    return this.carried((addId) => next({ ...input, headers: addId(input.headers) }));
  }

  signalWithStart(
    input: WorkflowSignalWithStartInput,
    next: Next<WorkflowClientInterceptor, 'signalWithStart'>,
  ): Promise<string> {
    return this.carried((addId) => next({ ...input, headers: addId(input.headers) }));
  }

  query(input: WorkflowQueryInput, next: Next<WorkflowClientInterceptor, 'query'>): Promise<unknown> {
    return this.carried((addId) => next({ ...input, headers: addId(input.headers) }));
  }

  startUpdate(
    input: WorkflowStartUpdateInput,
    next: Next<WorkflowClientInterceptor, 'startUpdate'>,
  ): Promise<WorkflowStartUpdateOutput> {
    return this.carried((addId) => next({ ...input, headers: addId(input.headers) }));
  }

  startUpdateWithStart(
    input: WorkflowStartUpdateWithStartInput,
    next: Next<WorkflowClientInterceptor, 'startUpdateWithStart'>,
  ): Promise<WorkflowStartUpdateWithStartOutput> {
    return this.carried((addId) =>
      next({
        ...input,
        workflowStartHeaders: addId(input.workflowStartHeaders),
        updateHeaders: addId(input.updateHeaders),
      }),
    );
  }

  private carried<T>(send: (addId: (headers: Headers) => Headers) => Promise<T>): Promise<T> {
    return carried(this.idOf, send);
  }
}

/**
 * Puts the creating client's id in the headers of a schedule's start-workflow action: the server starts every run of
 * the schedule with them, so each run (and what it starts) carries the id of the command that created the schedule.
 * An update of the schedule keeps the headers it was created with.
 */
export class CorrelationScheduleInterceptor implements ScheduleClientInterceptor {
  constructor(private readonly idOf: () => string | undefined) {}

  create(input: CreateScheduleInput, next: Next<ScheduleClientInterceptor, 'create'>): Promise<CreateScheduleOutput> {
    return carried(this.idOf, (addId) => next({ ...input, headers: addId(input.headers) }));
  }
}

/**
 * The client interceptors that carry the id, for `interceptors` of `new Client(...)` or of a worker's own client: every
 * client of the project takes them from here, so none carries the id on workflow calls and forgets schedules.
 */
export function correlationClientInterceptors(
  idOf: () => string | undefined,
): Required<Pick<ClientInterceptors, 'schedule'>> & { workflow: WorkflowClientInterceptor[] } {
  return {
    workflow: [new CorrelationClientInterceptor(idOf)],
    schedule: [new CorrelationScheduleInterceptor(idOf)],
  };
}

/** Calls `send` with what adds the id to headers, inside the id's scope (so a tracing span below can name it). */
function carried<T>(
  idOf: () => string | undefined,
  send: (addId: (headers: Headers) => Headers) => Promise<T>,
): Promise<T> {
  const id = idOf();
  if (id === undefined) return send((headers) => headers);
  return withCorrelationId(id, () => send((headers) => withCorrelationHeader(headers, id)));
}
