import { log, proxyActivities, workflowInfo } from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import { checkWorkflowInput } from '@reference/models/wire';
import { countBusinessEvent } from '../business-metrics';

// Reports can wait: priority 5 (the lowest of the server's default 1–5) lets greetings and orders go first, and
// the fairness key keeps one busy report from starving others that share the queue.
const { appendReportLine } = proxyActivities<typeof activities>({
  startToCloseTimeout: '1 minute',
  priority: { priorityKey: 5, fairnessKey: 'reports' },
});

/** The periodic report a schedule runs: one line per run in the report file, whose path it returns. */
export async function ReportWorkflow(input?: string): Promise<string> {
  const title = checkWorkflowInput('ReportWorkflow', input) ?? 'status';
  const file = await appendReportLine({
    title,
    workflowId: workflowInfo().workflowId,
    reportedAt: new Date().toISOString(),
  });
  countBusinessEvent('reports_completed');
  log.info('Report written', { title, file });
  return file;
}
