import type { FaultMatrixTable } from '@reference/testing';
import { GreetingWorkflow, GreetingWorkflowV2 } from '..';

// A greeting touches nothing outside: what must hold is what holds for every workflow (it ends, no task fails).
export const faultMatrix: FaultMatrixTable = {
  GreetingWorkflow: [
    {
      name: 'greets',
      activities: ['greet'],
      invariants: [],
      run: async (context) => {
        const args: [string] = ['Ada'];
        context.track(
          await context.client().workflow.start(GreetingWorkflow, {
            taskQueue: context.taskQueue,
            workflowId: context.id('greeting'),
            args,
          }),
        );
      },
    },
  ],
  GreetingWorkflowV2: [
    {
      name: 'greets (local activity)',
      activities: [],
      localActivities: ['greet'],
      invariants: [],
      run: async (context) => {
        const args: [string] = ['Ada'];
        context.track(
          await context.client().workflow.start(GreetingWorkflowV2, {
            taskQueue: context.taskQueue,
            workflowId: context.id('greeting-v2'),
            args,
          }),
        );
      },
    },
  ],
};
