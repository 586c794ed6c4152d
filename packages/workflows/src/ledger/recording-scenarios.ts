import { LedgerPostingWorkflow } from '..';
import type { RecordingScenario } from '../testing/recording-scenario';

export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'LedgerPostingWorkflow.one-entry',
    run: (client, taskQueue) =>
      client.workflow.start(LedgerPostingWorkflow, {
        taskQueue,
        workflowId: 'ledger-posting-one-entry',
        args: [{ account: 'acct-1', amountCents: 1250 }],
      }),
  },
];
