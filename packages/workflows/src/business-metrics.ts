import { metricMeter } from '@temporalio/workflow';

/**
 * The business events the worker counts beside the SDK's own metrics (served on its Prometheus endpoint).
 * Workflow code counts through the SDK's meter, which skips replays, so each event is counted once.
 */
const events = {
  greetings_completed: 'greetings returned to their caller',
  reports_completed: 'periodic reports written',
  orders_completed: 'orders that reached their end',
  compensations_run: 'saga compensations that ran',
} as const;

export type BusinessEvent = keyof typeof events;

export function countBusinessEvent(event: BusinessEvent, tags: Record<string, string> = {}): void {
  metricMeter.createCounter(event, '1', events[event]).add(1, tags);
}
