import { log, setHandler } from '@temporalio/workflow';
import { addPricedItem } from './add-item';
import { registerCustomAttributeHandlers } from './custom-attributes';
import {
  addItemSignal,
  addItemToOrderUpdate,
  approveOrderSignal,
  lineReservedSignal,
  orderProgressQuery,
  orderStatusQuery,
} from './definitions';
import { itemProblem, orderProgress } from './order-state';
import type { OrderItem, OrderState } from './types';

/** Every message handler of the order. Called synchronously, before the workflow's first await. */
export function registerOrderHandlers(state: OrderState): void {
  setHandler(approveOrderSignal, ({ approvedBy }) => {
    if (state.status === 'awaiting-approval') state.approvedBy = approvedBy;
  });
  setHandler(addItemSignal, async (item) => {
    // A signal cannot answer, so an item the order cannot take is logged and dropped, never a workflow failure.
    const problem = itemProblem(state, item);
    if (problem) return log.warn(`ignored addItem: ${problem}`);
    await addPricedItem(state, item).catch((err: Error) => log.warn(`ignored addItem: ${err.message}`));
  });
  setHandler(addItemToOrderUpdate, (item) => addPricedItem(state, item), {
    // Runs before the update is accepted: a rejected update leaves nothing in history.
    validator: (item: OrderItem | undefined) => {
      const problem = itemProblem(state, item);
      if (problem) throw new Error(problem);
    },
  });
  setHandler(lineReservedSignal, (sku) => {
    state.reservedSkus.push(sku);
  });
  // Queries only read: each returns a copy, so a caller can never change the order's state.
  setHandler(orderStatusQuery, () => state.status);
  setHandler(orderProgressQuery, () => orderProgress(state));
  registerCustomAttributeHandlers(state);
}
