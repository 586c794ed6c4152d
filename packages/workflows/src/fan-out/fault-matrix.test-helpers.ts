import type { FaultMatrixTable } from '@reference/testing';
import { FanOutWorkflow } from '..';

export const faultMatrix: FaultMatrixTable = {
  FanOutWorkflow: [
    {
      name: 'greets three',
      activities: ['greet'],
      invariants: [],
      run: async (context) => {
        const args: [number] = [3];
        context.track(
          await context
            .client()
            .workflow.start(FanOutWorkflow, { taskQueue: context.taskQueue, workflowId: context.id('fan-out'), args }),
        );
      },
    },
  ],
};
