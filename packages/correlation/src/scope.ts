import { AsyncLocalStorage } from 'node:async_hooks';

const storage = new AsyncLocalStorage<string>();

/**
 * Runs `fn` with `id` as the correlation id of everything it calls, outside workflows: an activity, a Nexus
 * operation, a client call. The worker's own client reads it, so a workflow that an activity or a Nexus operation
 * starts carries the same id.
 */
export function withCorrelationId<T>(id: string, fn: () => T): T {
  return storage.run(id, fn);
}

/** The correlation id of the activity, Nexus operation or client call running now; undefined outside one. */
export function currentCorrelationId(): string | undefined {
  return storage.getStore();
}
