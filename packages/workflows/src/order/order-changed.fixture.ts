import { sleep } from '@temporalio/workflow';
import { OrderWorkflow as TodaysOrderWorkflow, type OrderInput, type OrderResult } from '..';

/** Test-only: OrderWorkflow with an unpatched change (a timer before anything else), which replay must reject. */
export async function OrderWorkflow(input: OrderInput): Promise<OrderResult> {
  await sleep('1 second');
  return await TodaysOrderWorkflow(input);
}
