import {
  ActivityCancellationType,
  allHandlersFinished,
  ApplicationFailure,
  CancellationScope,
  condition,
  isCancellation,
  patched,
  proxyActivities,
  setHandler,
  TemporalFailure,
} from '@temporalio/workflow';
import type * as activities from '@reference/activities';
import type {
  CheckoutInput,
  CheckoutResult,
  CheckoutStatus,
  PaymentAuthorisation,
  PaymentCard,
} from '@reference/models';
import { recordDecision } from '@reference/correlation/workflow';
import { checkUpdateInput, checkWorkflowInput } from '@reference/models/wire';
import { Compensations, throwIfCancelled } from '../compensations';
import { cardLast4Of, type HeldCard, paymentOf } from '../payment';
import { authorisationFailure } from './authorisation-failure';
import { checkoutStatusQuery, submitPaymentUpdate } from './definitions';

// The customer is waiting on the authorisation: a few quick attempts, and a declined card is final.
const { authorisePayment } = proxyActivities<typeof activities>({
  startToCloseTimeout: '10 seconds',
  scheduleToCloseTimeout: '30 seconds',
  retry: { initialInterval: '200 milliseconds', maximumAttempts: 5, nonRetryableErrorTypes: ['CardDeclined'] },
});
// Nobody waits on capture and shipping: they retry for as long as they need. A cancelled step is waited for, so its
// compensation runs after it has really ended.
const { chargePayment, shipOrder } = proxyActivities<typeof activities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', nonRetryableErrorTypes: ['CardDeclined'] },
  cancellationType: ActivityCancellationType.WAIT_CANCELLATION_COMPLETED,
});
// Compensations must happen in the end: no attempt limit, each attempt short.
const { refundPayment, cancelShipment } = proxyActivities<typeof activities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** A checkout that sees no card within this long is abandoned. */
const PAYMENT_WINDOW = '15 minutes';

/**
 * One checkout: waits for the card (the submitPayment update, sent with update-with-start), authorises it and
 * answers the update at once, then captures the payment and ships; the customer's call does not wait for those.
 * Capture and shipping are a saga: a failure or a cancellation undoes both (each registered before its step, run
 * shielded from the cancellation). Workflow type on the wire: CheckoutWorkflow.
 */
export async function CheckoutWorkflow(input: CheckoutInput): Promise<CheckoutResult> {
  const { orderId, amountCents, country } = checkWorkflowInput('CheckoutWorkflow', input);
  let status: CheckoutStatus = 'awaiting-payment';
  // A submitPayment from before payment tokens, in a history, carries the card number: HeldCard covers both.
  let card: HeldCard | undefined;
  let authorisation: PaymentAuthorisation | undefined;
  let refusal: ApplicationFailure | undefined;
  setHandler(checkoutStatusQuery, () => status);
  setHandler(
    submitPaymentUpdate,
    async (submitted) => {
      card = submitted;
      // The early return: the update's answer waits for the authorisation only, not for the rest of the workflow.
      // Shielded, so a checkout cancelled while it authorises still answers its caller.
      await CancellationScope.nonCancellable(() =>
        condition(() => status !== 'awaiting-payment' && status !== 'authorising'),
      );
      if (authorisation) return authorisation;
      throw refusal ?? ApplicationFailure.nonRetryable(`${orderId} was not authorised`);
    },
    {
      validator: (submitted: PaymentCard) => {
        checkUpdateInput('submitPayment', submitted);
        if (card) throw ApplicationFailure.nonRetryable(`${orderId} already has a payment`, 'AlreadyPaid');
      },
    },
  );

  if (!(await condition(() => card !== undefined, PAYMENT_WINDOW))) {
    recordDecision('abandoned', { window: PAYMENT_WINDOW });
    throw ApplicationFailure.nonRetryable(`no payment within ${PAYMENT_WINDOW}`, 'CheckoutAbandoned');
  }
  const payment = paymentOf(card!);
  status = 'authorising';
  try {
    const authorisationId = await authorisePayment({ orderId, amountCents, ...payment });
    authorisation = { authorisationId, amountCents, cardLast4: cardLast4Of(card!) };
    status = 'authorised';
    recordDecision('authorised', { authorisationId, amountCents });
  } catch (err) {
    // Whatever went wrong, the update's caller gets a typed answer before the checkout ends.
    refusal = authorisationFailure(orderId, err);
    const ended = refusal.type === 'PaymentUnavailable' ? 'payment-unavailable' : 'declined';
    status = ended;
    if (isCancellation(err)) recordDecision('cancelled');
    else recordDecision(ended === 'declined' ? 'declined' : 'failed', { failure: refusal.type ?? refusal.name });
    await CancellationScope.nonCancellable(() => condition(allHandlersFinished));
    if (isCancellation(err)) throw err;
    return { orderId, status: ended };
  }

  const { authorisationId } = authorisation;
  const compensations = new Compensations();
  try {
    // Registered before each step: a capture or a shipment that fails or is cancelled may still have taken effect.
    compensations.register('refundPayment', () => refundPayment(orderId));
    const chargeId = await chargePayment({ orderId, amountCents, ...payment });
    recordDecision('charged', { chargeId, amountCents });
    // A checkout already past this point when shipments became compensated refunds only, as its history says.
    if (patched('checkout-cancels-shipment')) compensations.register('cancelShipment', () => cancelShipment(orderId));
    const trackingNumber = await shipOrder({ orderId, country });
    recordDecision('shipped', { trackingNumber });
    throwIfCancelled();
    status = 'shipped';
    await condition(allHandlersFinished);
    return { orderId, status, authorisationId, chargeId, trackingNumber };
  } catch (err) {
    await compensations.runInReverse();
    if (isCancellation(err)) recordDecision('cancelled');
    else if (err instanceof TemporalFailure) recordDecision('failed', { failure: err.name });
    throw err;
  }
}
