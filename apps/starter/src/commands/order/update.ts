import type { Command } from 'commander';
import { validate } from '../../input';
import { messageNameSchema, messageValue } from './message-value';
import { withOrderClient } from './order-client';
import { orderIdSchema } from './schemas';

/** `starter order update <order-id> <name> <value>`: any update, including custom attributes. */
export function registerOrderUpdate(order: Command): void {
  order
    .command('update')
    .description(
      'execute an update and print its result: addItemToOrder (JSON), or attr:<attribute> to set a custom attribute',
    )
    .argument('<order-id>', 'the order (its workflow id)')
    .argument('<name>', 'the update name, e.g. addItemToOrder or attr:deliveryNote')
    .argument('<value>', 'JSON for addItemToOrder; plain text for a custom attribute')
    .action(async (idText: string, nameText: string, valueText: string) => {
      const orderId = validate(orderIdSchema, idText, 'the order id');
      const name = validate(messageNameSchema, nameText, 'the update name');
      const value = messageValue(name, valueText);
      const result = await withOrderClient(orderId, (client) =>
        client.workflow.getHandle(orderId).executeUpdate<unknown, [unknown]>(name, { args: [value] }),
      );
      console.log(`Result: ${JSON.stringify(result)}`);
    });
}
