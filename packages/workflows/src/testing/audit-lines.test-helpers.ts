import { readFileSync } from 'node:fs';
import { auditFilePath } from '@reference/correlation-worker';

/** The audit lines of the workflows whose ids start with `workflowId`, from the test run's AUDIT_FILE. */
export function auditLinesOf(workflowId: string): Record<string, unknown>[] {
  return readFileSync(auditFilePath(), 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => typeof line.workflowId === 'string' && line.workflowId.startsWith(workflowId));
}
