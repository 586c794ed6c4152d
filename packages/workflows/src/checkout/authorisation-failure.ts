import { ActivityFailure, ApplicationFailure, TimeoutFailure } from '@temporalio/workflow';
import type { OrderActivityFailureType } from '@reference/activities';

/** The gateway's answers that refuse the card itself: final, and the caller's to fix. */
const REFUSALS: readonly OrderActivityFailureType[] = ['CardDeclined', 'InvalidCard'];

/**
 * The submitPayment caller's answer when the authorisation did not succeed: the gateway's own refusal (CardDeclined,
 * InvalidCard) as it came, anything else (a timeout, a cancellation, a gateway still failing after its attempts) as
 * PaymentUnavailable: the card was neither accepted nor refused.
 */
export function authorisationFailure(orderId: string, err: unknown): ApplicationFailure {
  const cause = err instanceof ActivityFailure ? err.cause : undefined;
  if (cause instanceof ApplicationFailure && REFUSALS.includes(cause.type as OrderActivityFailureType)) {
    return ApplicationFailure.create({ type: cause.type ?? undefined, message: cause.message, nonRetryable: true });
  }
  const reason =
    cause instanceof TimeoutFailure
      ? `the gateway did not answer (${cause.timeoutType} timeout)`
      : (cause?.message ?? (err instanceof Error ? err.message : String(err)));
  return ApplicationFailure.create({
    type: 'PaymentUnavailable',
    message: `${orderId} could not be authorised: ${reason}`,
    nonRetryable: true,
  });
}
