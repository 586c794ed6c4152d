import {
  ActivityFailure,
  allHandlersFinished,
  ApplicationFailure,
  condition,
  proxyActivities,
  setHandler,
} from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import type {
  CheckoutInput,
  CheckoutResult,
  CheckoutStatus,
  PaymentAuthorisation,
  PaymentCard,
} from '@reference/models';
import { checkUpdateInput, checkWorkflowInput } from '@reference/models/wire';
import { checkoutStatusQuery, submitPaymentUpdate } from './definitions';

// The customer is waiting on the authorisation: a few quick attempts, and a declined card is final.
const { authorisePayment } = proxyActivities<typeof activities>({
  startToCloseTimeout: '10 seconds',
  scheduleToCloseTimeout: '30 seconds',
  retry: { initialInterval: '200 milliseconds', maximumAttempts: 5, nonRetryableErrorTypes: ['CardDeclined'] },
});
// Nobody waits on capture and shipping: they retry for as long as they need.
const { chargePayment, shipOrder, refundPayment } = proxyActivities<typeof activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['CardDeclined'] },
});

/** A checkout that sees no card within this long is abandoned. */
const PAYMENT_WINDOW = '15 minutes';

/**
 * One checkout: waits for the card (the submitPayment update, sent with update-with-start), authorises it and
 * answers the update at once, then captures the payment and ships; the customer's call does not wait for those.
 * A shipment that fails refunds the capture. Workflow type on the wire: CheckoutWorkflow.
 */
export async function CheckoutWorkflow(input: CheckoutInput): Promise<CheckoutResult> {
  const { orderId, amountCents, country } = checkWorkflowInput('CheckoutWorkflow', input);
  let status: CheckoutStatus = 'awaiting-payment';
  let card: PaymentCard | undefined;
  let authorisation: PaymentAuthorisation | undefined;
  let declined: ApplicationFailure | undefined;
  setHandler(checkoutStatusQuery, () => status);
  setHandler(
    submitPaymentUpdate,
    async (submitted) => {
      card = submitted;
      // The early return: the update's answer waits for the authorisation only, not for the rest of the workflow.
      await condition(() => status !== 'awaiting-payment' && status !== 'authorising');
      if (authorisation) return authorisation;
      throw declined ?? ApplicationFailure.nonRetryable(`${orderId} was not authorised`);
    },
    {
      validator: (submitted: PaymentCard) => {
        checkUpdateInput('submitPayment', submitted);
        if (card) throw ApplicationFailure.nonRetryable(`${orderId} already has a payment`, 'AlreadyPaid');
      },
    },
  );

  if (!(await condition(() => card !== undefined, PAYMENT_WINDOW))) {
    throw ApplicationFailure.nonRetryable(`no payment within ${PAYMENT_WINDOW}`, 'CheckoutAbandoned');
  }
  const { cardNumber } = card!;
  status = 'authorising';
  try {
    const authorisationId = await authorisePayment({ orderId, amountCents, cardNumber });
    authorisation = { authorisationId, amountCents, cardLast4: cardNumber.slice(-4) };
    status = 'authorised';
  } catch (err) {
    if (!(err instanceof ActivityFailure && err.cause instanceof ApplicationFailure)) throw err;
    // The gateway's typed failure (CardDeclined, InvalidCard) is the update caller's answer.
    const { type, message } = err.cause;
    declined = ApplicationFailure.create({ type: type ?? undefined, message, nonRetryable: true });
    status = 'declined';
    await condition(allHandlersFinished);
    return { orderId, status };
  }

  const { authorisationId } = authorisation;
  const chargeId = await chargePayment({ orderId, amountCents, cardNumber });
  try {
    const trackingNumber = await shipOrder({ orderId, country });
    status = 'shipped';
    await condition(allHandlersFinished);
    return { orderId, status, authorisationId, chargeId, trackingNumber };
  } catch (err) {
    await refundPayment(orderId);
    throw err;
  }
}
