import { allHandlersFinished, condition, continueAsNew, workflowInfo } from '@temporalio/workflow';
import type { OrderWorkflow } from './order';
import type { OrderInput, OrderState, StartedOrder } from './types';

function historyTooLong(input: StartedOrder): boolean {
  const { continueAsNewSuggested, historyLength } = workflowInfo();
  return continueAsNewSuggested || (input.historyLimit !== undefined && historyLength >= input.historyLimit);
}

/**
 * Waits until the order is approved (true) or its 24-hour deadline passes (false). An order may collect items
 * for a long time, so when its history grows too long it continues as new, handing its state to the next run;
 * the deadline travels with the state, so a new run does not restart the clock.
 */
export async function awaitApproval(state: OrderState, input: StartedOrder): Promise<boolean> {
  for (;;) {
    const remainingMs = state.approvalDeadline - Date.now();
    if (remainingMs <= 0) return false;
    const settled = await condition(() => state.approvedBy !== undefined || historyTooLong(input), remainingMs);
    if (!settled) return false;
    // Handlers still running (an item being priced) finish in this run, so nothing they accepted is lost.
    await condition(allHandlersFinished);
    if (state.approvedBy !== undefined) return true;
    state.runsContinued += 1;
    // A run from before payment tokens continues in its own form (see checkOrderInput).
    await continueAsNew<typeof OrderWorkflow>({ ...input, items: [], carriedState: state } as OrderInput);
  }
}
