import { type Client, WithStartWorkflowOperation } from '@temporalio/client';
import { TEST_CARDS } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import { CheckoutWorkflow, submitPaymentUpdate } from '.';
import type { RecordingScenario } from '../testing/recording-scenario';

/** A checkout to `country`, paid with a good card by update-with-start. */
async function paidCheckout(client: Client, taskQueue: string, orderId: string, country: string) {
  const startWorkflowOperation = new WithStartWorkflowOperation(CheckoutWorkflow, {
    workflowId: orderId,
    taskQueue,
    args: [{ orderId, amountCents: 2_500, country }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  await client.workflow.executeUpdateWithStart(submitPaymentUpdate, {
    args: [sealCard(TEST_CARDS.ok)],
    startWorkflowOperation,
  });
  return await startWorkflowOperation.workflowHandle();
}

export const recordingScenarios: RecordingScenario[] = [
  {
    name: 'CheckoutWorkflow.shipped',
    run: (client, taskQueue) => paidCheckout(client, taskQueue, 'checkout-shipped', 'GB'),
  },
  {
    // No carrier serves the country: the shipment's and the capture's compensations run.
    name: 'CheckoutWorkflow.shipping-unavailable',
    run: (client, taskQueue) => paidCheckout(client, taskQueue, 'checkout-shipping-unavailable', 'AQ'),
  },
];
