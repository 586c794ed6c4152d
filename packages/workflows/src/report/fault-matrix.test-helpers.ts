import { existsSync, readFileSync } from 'node:fs';
import type { FaultMatrixTable, Invariant } from '@reference/testing';
import { ReportWorkflow } from '..';

const oneLinePerRun: Invariant = {
  name: 'one report line per run',
  violations: async (context) => {
    const workflowId = context.id('report');
    const file = process.env.REPORTS_FILE ?? '';
    const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
    const lines = text
      .split('\n')
      .filter((line) => line !== '' && (JSON.parse(line) as { workflowId: string }).workflowId === workflowId);
    const { status } = await context.client().workflow.getHandle(workflowId).describe();
    const expected = status.name === 'COMPLETED' ? [1] : [0, 1];
    return expected.includes(lines.length) ? [] : [`the ${status.name.toLowerCase()} run wrote ${lines.length} lines`];
  },
};

export const faultMatrix: FaultMatrixTable = {
  ReportWorkflow: [
    {
      name: 'appends a line',
      activities: ['appendReportLine'],
      invariants: [oneLinePerRun],
      run: async (context) => {
        const handle = await context.client().workflow.start(ReportWorkflow, {
          taskQueue: context.taskQueue,
          workflowId: context.id('report'),
          args: ['status'],
        });
        context.track(handle);
      },
    },
  ],
};
