import { proxySinks } from '@temporalio/workflow';
import type { AuditSinks, Decision } from '../audit';
import { correlationId } from './current';

const { audit } = proxySinks<AuditSinks>();

/**
 * Records a business decision in the audit trail: one line, with this workflow's ids and correlation id. A sink call
 * is no command: it changes nothing in the history, and a replay does not record it again.
 */
export function recordDecision(decision: Decision, details: Record<string, string | number> = {}): void {
  audit.decision({ decision, correlationId: correlationId(), time: new Date().toISOString(), details });
}
