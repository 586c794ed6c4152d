import { randomUUID } from 'node:crypto';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { withCorrelationId } from '@reference/correlation';
import { TEST_CARDS } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import { useTestServer } from '@reference/testing';
import { CheckoutWorkflow, submitPaymentUpdate, TASK_QUEUE } from '..';
import { auditLinesOf } from '../testing/audit-lines.test-helpers';

const server = useTestServer({ runWorker: true });

/** Runs a checkout to its end with `correlationId` on every call; its audit lines' decisions, in order. */
async function auditedCheckout(country: string, correlationId: string): Promise<string[]> {
  const orderId = `checkout-audit-${randomUUID()}`;
  await withCorrelationId(correlationId, async () => {
    const startWorkflowOperation = new WithStartWorkflowOperation(CheckoutWorkflow, {
      workflowId: orderId,
      taskQueue: TASK_QUEUE,
      args: [{ orderId, amountCents: 2_500, country }],
      workflowIdConflictPolicy: 'USE_EXISTING',
    });
    await server.env.client.workflow.executeUpdateWithStart(submitPaymentUpdate, {
      args: [sealCard(TEST_CARDS.ok)],
      startWorkflowOperation,
    });
    await (await startWorkflowOperation.workflowHandle()).result().catch(() => undefined);
  });
  const lines = auditLinesOf(orderId);
  expect(lines.filter((line) => line.correlationId !== correlationId)).toEqual([]);
  return lines.map((line) => String(line.decision));
}

test('a checkout shipped records authorised, charged and shipped, with the id of the call that started it', async () => {
  await expect(auditedCheckout('GB', `checkout-${randomUUID()}`)).resolves.toEqual([
    'authorised',
    'charged',
    'shipped',
  ]);
});

test('a checkout that cannot ship records its compensations, newest first, then its failure', async () => {
  await expect(auditedCheckout('AQ', `checkout-${randomUUID()}`)).resolves.toEqual([
    'authorised',
    'charged',
    'shipment-cancelled',
    'refunded',
    'failed',
  ]);
});
