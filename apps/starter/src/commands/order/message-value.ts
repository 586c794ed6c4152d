import { z } from 'zod';
import { CUSTOM_ATTRIBUTE_PREFIX, customAttributeName } from '@reference/models';
import { parseJsonInput, validate } from '../../input';
import { UserError } from '../../user-error';
import { approveOrderSchema, examples, orderItemSchema } from './schemas';

const attributeValue = z.string().min(1, 'must not be empty').max(1000);

/** The JSON messages the order defines by name; a custom attribute (`attr:<attribute>`) takes a plain-text value. */
const jsonMessages: Record<string, { schema: z.ZodType; example: string }> = {
  approveOrder: { schema: approveOrderSchema, example: '{"approvedBy":"bo"}' },
  addItem: { schema: orderItemSchema, example: examples.item },
  addItemToOrder: { schema: orderItemSchema, example: examples.item },
};

/** The argument of signal or update `name`, validated before anything connects. */
export function messageValue(name: string, text: string): unknown {
  const known = jsonMessages[name];
  if (known) return parseJsonInput(known.schema, text, { what: `the ${name} argument`, example: known.example });
  const attribute = customAttributeName(name);
  if (attribute === undefined) {
    const names = [...Object.keys(jsonMessages), `${CUSTOM_ATTRIBUTE_PREFIX}<attribute>`].join(', ');
    throw new UserError(`the order has no message ${name}; it takes ${names}`);
  }
  return validate(attributeValue, text, `the value of attribute ${attribute}`);
}

export const messageNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200)
  .regex(
    /^(attr:)?[A-Za-z][\w.-]*$/,
    'must start with a letter (after attr: for a custom attribute) and hold only letters, digits, _, . or -',
  );
