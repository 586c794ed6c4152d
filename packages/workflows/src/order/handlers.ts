import { log, setHandler } from '@temporalio/workflow';
import { checkUpdateInput, signalInputProblem } from '@reference/models/wire';
import { addItemAndCount, addPricedItem } from './add-item';
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
  // A signal cannot answer, so one the order cannot take is logged and dropped, never a workflow failure.
  setHandler(approveOrderSignal, (approval) => {
    const problem = signalInputProblem('approveOrder', approval);
    if (problem) return log.warn(`ignored approveOrder: ${problem}`);
    if (state.status === 'awaiting-approval') state.approvedBy = approval.approvedBy;
  });
  setHandler(addItemSignal, async (item) => {
    const problem = signalInputProblem('addItem', item) ?? itemProblem(state);
    if (problem) return log.warn(`ignored addItem: ${problem}`);
    await addPricedItem(state, item).catch((err: Error) => log.warn(`ignored addItem: ${err.message}`));
  });
  setHandler(addItemToOrderUpdate, (item) => addItemAndCount(state, item), {
    // Runs before the update is accepted: a rejected update leaves nothing in history.
    validator: (item: OrderItem) => {
      checkUpdateInput('addItemToOrder', item);
      const problem = itemProblem(state);
      if (problem) throw new Error(problem);
    },
  });
  setHandler(lineReservedSignal, (sku) => {
    const problem = signalInputProblem('lineReserved', sku);
    if (problem) return log.warn(`ignored lineReserved: ${problem}`);
    state.reservedSkus.push(sku);
  });
  // Queries only read: each returns a copy, so a caller can never change the order's state.
  setHandler(orderStatusQuery, () => state.status);
  setHandler(orderProgressQuery, () => orderProgress(state));
  registerCustomAttributeHandlers(state);
}
