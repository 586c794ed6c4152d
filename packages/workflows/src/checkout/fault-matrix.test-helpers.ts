import { WithStartWorkflowOperation } from '@temporalio/client';
import { orderSystems } from '@reference/activities';
import { sealCard } from '@reference/payment-tokens';
import { TEST_CARDS } from '@reference/models';
import type { FaultMatrixTable, FaultScenario, Invariant, ScenarioContext } from '@reference/testing';
import { CheckoutWorkflow, submitPaymentUpdate } from '..';
import { moneyViolations } from '../testing/payments.test-helpers';

const AMOUNT_CENTS = 2_500;

const moneyBalances: Invariant = {
  name: 'money captured = refunded + shipped',
  violations: (context) => moneyViolations(context.id('checkout'), AMOUNT_CENTS),
};

const authorisedOnce: Invariant = {
  name: 'the card authorised once',
  violations: (context) => {
    const holds = orderSystems.gateway.authorisations.forOrder(context.id('checkout'));
    return holds.length <= 1 ? [] : [`${holds.length} authorisations`];
  },
};

/** A checkout as the shop's page makes one: update-with-start, the card in the update. */
async function checkOut(context: ScenarioContext, country: string): Promise<void> {
  const orderId = context.id('checkout');
  const startWorkflowOperation = new WithStartWorkflowOperation(CheckoutWorkflow, {
    workflowId: orderId,
    taskQueue: context.taskQueue,
    args: [{ orderId, amountCents: AMOUNT_CENTS, country }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  const authorised = context.call(
    context.client().workflow.executeUpdateWithStart(submitPaymentUpdate, {
      args: [sealCard(TEST_CARDS.ok)],
      startWorkflowOperation,
    }),
  );
  // Tracked as soon as it exists: the start's answer may wait on the authorisation a fault holds.
  const handle = context.client().workflow.getHandle(orderId);
  await context.until(() =>
    handle.describe().then(
      () => true,
      () => false,
    ),
  );
  context.track(handle);
  await authorised;
}

const paid = ['authorisePayment', 'chargePayment', 'shipOrder'];

const checkouts: FaultScenario[] = [
  {
    name: 'ships',
    activities: paid,
    invariants: [moneyBalances, authorisedOnce],
    run: (context) => checkOut(context, 'GB'),
  },
  {
    name: 'shipping unavailable, compensated',
    activities: [...paid, 'cancelShipment', 'refundPayment'],
    faultsAt: ['cancelShipment', 'refundPayment'],
    invariants: [moneyBalances, authorisedOnce],
    run: (context) => checkOut(context, 'AQ'),
  },
];

export const faultMatrix: FaultMatrixTable = { CheckoutWorkflow: checkouts };
