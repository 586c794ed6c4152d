import { ApproveOrderInput, OrderId, OrderInput, OrderItem } from '@reference/models';

// The order's wire schemas, from the contract the worker enforces too: the starter refuses what the worker would.
export {
  ApproveOrderInput as approveOrderSchema,
  OrderId as orderIdSchema,
  OrderInput as orderInputSchema,
  OrderItem as orderItemSchema,
};

/** Examples for help texts and error messages. */
export const examples = {
  order:
    '{"orderId":"order-1","customerId":"ada","cardNumber":"4242424242424242","country":"GB","items":[{"sku":"KETTLE","quantity":1}]}',
  item: '{"sku":"MUG-BLUE","quantity":2}',
};
