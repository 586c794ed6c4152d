import { z } from 'zod';

const DEFAULT_MAX_ITEMS = 20;

export const orderIdSchema = z.string().trim().min(1, 'must not be empty').max(200);

export const orderItemSchema = z.strictObject({
  sku: z.string().trim().min(1, 'must not be empty').max(64),
  quantity: z.number().int().min(1).max(1000),
});

export const approveOrderSchema = z.strictObject({
  approvedBy: z.string().trim().min(1, 'must not be empty').max(200),
});

export const orderInputSchema = z
  .strictObject({
    orderId: orderIdSchema,
    customerId: z.string().trim().min(1, 'must not be empty').max(200),
    cardNumber: z.string().regex(/^\d{12,19}$/, 'must be 12 to 19 digits'),
    country: z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter ISO 3166 code such as GB'),
    items: z.array(orderItemSchema).optional(),
    maxItems: z.number().int().min(1).max(100).optional(),
    coolOffMs: z
      .number()
      .int()
      .min(0)
      .max(7 * 24 * 60 * 60 * 1000)
      .optional(),
    historyLimit: z.number().int().min(10).optional(),
  })
  .refine((order) => (order.items?.length ?? 0) <= (order.maxItems ?? DEFAULT_MAX_ITEMS), {
    message: 'more items than the order may hold (maxItems, default 20)',
    path: ['items'],
  });

/** Examples for help texts and error messages. */
export const examples = {
  order:
    '{"orderId":"order-1","customerId":"ada","cardNumber":"4242424242424242","country":"GB","items":[{"sku":"KETTLE","quantity":1}]}',
  item: '{"sku":"MUG-BLUE","quantity":2}',
};
