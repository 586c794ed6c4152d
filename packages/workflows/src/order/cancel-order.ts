import { getExternalWorkflowHandle } from '@temporalio/workflow';
import { checkWorkflowInput } from '@reference/models/wire';
import { cancellationReasonSignal } from './definitions';
import type { CancelOrderInput } from './types';

/**
 * A customer-service cancellation: records why on the order (its `cancellationReason` attribute, for which the order
 * always has room: a signal cannot be answered, so it must not be refused), then asks it to cancel, both through an
 * external handle. As a workflow, the request is carried out even if the caller goes away.
 */
export async function CancelOrderWorkflow(cancellation: CancelOrderInput): Promise<void> {
  const { orderId, reason } = checkWorkflowInput('CancelOrderWorkflow', cancellation);
  const order = getExternalWorkflowHandle(orderId);
  await order.signal(cancellationReasonSignal, reason);
  await order.cancel();
}
