import type { Client, WorkflowHandle } from '@temporalio/client';
import { FanOutWorkflow, GreetingWorkflow, GreetingWorkflowV2, LedgerPostingWorkflow, ReportWorkflow } from '../src';
import { catalogScenarios } from './catalog-scenarios';
import { aiScenarios } from './ai-scenarios';
import { approvalScenarios } from './approval-scenarios';
import { invoiceScenarios } from './invoice-scenarios';
import { orderScenarios } from './order-scenarios';
import { checkoutScenarios } from '../src/checkout/recording-scenarios';
import { lockScenarios } from '../src/lock/recording-scenarios';
import { reminderScenarios } from '../src/reminder/recording-scenarios';

/** One real run to record: `name` is `<WorkflowType>.<scenario>`, the history file's name. */
export interface RecordingScenario {
  name: string;
  run(client: Client, taskQueue: string): Promise<WorkflowHandle>;
}

export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'GreetingWorkflow.my-name',
    run: (client, taskQueue) =>
      client.workflow.start(GreetingWorkflow, { taskQueue, workflowId: 'greeting-my-name', args: ['my name'] }),
  },
  {
    name: 'LedgerPostingWorkflow.one-entry',
    run: (client, taskQueue) =>
      client.workflow.start(LedgerPostingWorkflow, {
        taskQueue,
        workflowId: 'ledger-posting-one-entry',
        args: [{ account: 'acct-1', amountCents: 1250 }],
      }),
  },
  {
    name: 'FanOutWorkflow.ten',
    run: (client, taskQueue) =>
      client.workflow.start(FanOutWorkflow, { taskQueue, workflowId: 'fan-out-ten', args: [10] }),
  },
  {
    name: 'ReportWorkflow.status',
    run: (client, taskQueue) =>
      client.workflow.start(ReportWorkflow, { taskQueue, workflowId: 'report-status', args: ['status'] }),
  },
  ...orderScenarios,
  ...catalogScenarios,
  ...aiScenarios,
  ...invoiceScenarios,
  ...approvalScenarios,
  ...checkoutScenarios,
  ...lockScenarios,
  ...reminderScenarios,
  {
    name: 'GreetingWorkflowV2.my-name',
    run: (client, taskQueue) =>
      client.workflow.start(GreetingWorkflowV2, { taskQueue, workflowId: 'greeting-v2-my-name', args: ['my name'] }),
  },
];
