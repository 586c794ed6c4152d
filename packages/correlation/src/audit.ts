import type { Sinks } from '@temporalio/workflow';

/**
 * The business decisions the audit trail records, one line each: what the order and the checkout decided, never how
 * (no retries, no timers).
 */
export const DECISIONS = [
  'approved',
  'rejected',
  'inventory-reserved',
  'authorised',
  'declined',
  'charged',
  'shipped',
  'inventory-released',
  'refunded',
  'shipment-cancelled',
  'cancelled',
  'failed',
  'abandoned',
] as const;

export type Decision = (typeof DECISIONS)[number];

/** What workflow code hands the audit sink; the worker adds the workflow's type, id and run id. */
export interface AuditEntry {
  decision: Decision;
  correlationId: string;
  /** When the workflow decided, by its own clock (the time of the workflow task). */
  time: string;
  /** Ids and amounts that identify the decision (a charge id, a tracking number): never a card or a token. */
  details: Record<string, string | number>;
}

/** The audit sink, called from inside the workflow sandbox through `proxySinks`. */
export interface AuditSinks extends Sinks {
  audit: { decision(entry: AuditEntry): void };
}
