import { ApproveOrderInput, OrderId, type OrderInput, OrderItem, OrderWithCardNumber } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import { parseJsonInput } from '../../input';

// The order's wire schemas, from the contract the worker enforces too: the starter refuses what the worker would.
export { ApproveOrderInput as approveOrderSchema, OrderId as orderIdSchema, OrderItem as orderItemSchema };

/** Examples for help texts and error messages. */
export const examples = {
  order:
    '{"orderId":"order-1","customerId":"ada","cardNumber":"4242424242424242","country":"GB","items":[{"sku":"KETTLE","quantity":1}]}',
  item: '{"sku":"MUG-BLUE","quantity":2}',
};

/**
 * An order as the user types it, with the card number, made into OrderWorkflow's input: the card sealed for the
 * payment gateway here, as a payment page does, so the workflow (and its history) gets a token and the last four.
 */
export function parseOrder(text: string): OrderInput {
  const { cardNumber, ...order } = parseJsonInput(OrderWithCardNumber, text, {
    what: 'the order',
    example: examples.order,
  });
  return { ...order, ...sealCard(cardNumber) };
}
