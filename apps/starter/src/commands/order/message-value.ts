import { z } from 'zod';
import { parseJsonInput, validate } from '../../input';
import { approveOrderSchema, examples, orderItemSchema } from './schemas';

const attributeValue = z.string().min(1, 'must not be empty').max(1000);

/** The JSON messages the order defines by name; any other name is a custom attribute with a plain-text value. */
const jsonMessages: Record<string, { schema: z.ZodType; example: string }> = {
  approveOrder: { schema: approveOrderSchema, example: '{"approvedBy":"bo"}' },
  addItem: { schema: orderItemSchema, example: examples.item },
  addItemToOrder: { schema: orderItemSchema, example: examples.item },
};

/** The argument of signal or update `name`, validated before anything connects. */
export function messageValue(name: string, text: string): unknown {
  const known = jsonMessages[name];
  if (known) return parseJsonInput(known.schema, text, { what: `the ${name} argument`, example: known.example });
  return validate(attributeValue, text, `the value of attribute ${name}`);
}

export const messageNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200)
  .regex(/^[A-Za-z][\w.-]*$/, 'must start with a letter and hold only letters, digits, _, . or -');
