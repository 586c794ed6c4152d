import type { FaultMatrixTable } from '@reference/testing';
import { NEXUS_CALLER_NAMESPACE, NexusGreetingWorkflow, ScheduledGreetingWorkflow } from '..';

const REQUEST = { name: 'Ada', language: 'fr', delaySeconds: 3 };

// A greeting touches nothing outside: what must hold is what holds for every workflow, the handler's included.
export const faultMatrix: FaultMatrixTable = {
  NexusGreetingWorkflow: [
    {
      name: 'greets now and later through GreetingService',
      activities: [],
      waits: "for greetLater, its handler's workflow sleeping",
      invariants: [],
      run: async (context) => {
        const caller = context.client(NEXUS_CALLER_NAMESPACE);
        const handle = await caller.workflow.start(NexusGreetingWorkflow, {
          taskQueue: context.taskQueue,
          workflowId: context.id('nexus-greeting'),
          args: [REQUEST],
        });
        context.track(handle);
        // The handler's workflow, in the handler's namespace, as the operation's Started event links it.
        let backing: string | undefined;
        await context.until(async () => {
          const { events } = await handle.fetchHistory();
          backing =
            events?.find((e) => e.nexusOperationStartedEventAttributes)?.links?.[0]?.workflowEvent?.workflowId ??
            undefined;
          return backing !== undefined;
        });
        context.track(context.client().workflow.getHandle(backing!));
      },
    },
  ],
  ScheduledGreetingWorkflow: [
    {
      name: 'greets after a delay',
      activities: [],
      waits: 'for its delay',
      invariants: [],
      run: async (context) => {
        context.track(
          await context.client().workflow.start(ScheduledGreetingWorkflow, {
            taskQueue: context.taskQueue,
            workflowId: context.id('scheduled-greeting'),
            args: [REQUEST],
          }),
        );
      },
    },
  ],
};
