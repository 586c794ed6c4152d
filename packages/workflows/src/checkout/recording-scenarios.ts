import { WithStartWorkflowOperation } from '@temporalio/client';
import { CheckoutWorkflow, submitPaymentUpdate } from '.';
import type { RecordingScenario } from '../testing/recording-scenario';

export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'CheckoutWorkflow.shipped',
    run: async (client, taskQueue) => {
      const startWorkflowOperation = new WithStartWorkflowOperation(CheckoutWorkflow, {
        workflowId: 'checkout-shipped',
        taskQueue,
        args: [{ orderId: 'checkout-shipped', amountCents: 2_500, country: 'GB' }],
        workflowIdConflictPolicy: 'USE_EXISTING',
      });
      await client.workflow.executeUpdateWithStart(submitPaymentUpdate, {
        args: [{ cardNumber: '4242424242424242' }],
        startWorkflowOperation,
      });
      return await startWorkflowOperation.workflowHandle();
    },
  },
];
