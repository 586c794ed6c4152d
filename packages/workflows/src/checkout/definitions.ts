import { defineQuery, defineUpdate, type QueryDefinition } from '@temporalio/workflow';
import type { CheckoutStatus, PaymentAuthorisation, PaymentCard } from '@reference/models';

/**
 * Pays for the checkout: answers with the authorisation as soon as the card is authorised (or fails with the
 * gateway's failure type), while the workflow goes on to capture and ship. Sent with update-with-start.
 */
export const submitPaymentUpdate: ReturnType<typeof defineUpdate<PaymentAuthorisation, [PaymentCard]>> =
  defineUpdate('submitPayment');
export const checkoutStatusQuery: QueryDefinition<CheckoutStatus> = defineQuery('checkoutStatus');
