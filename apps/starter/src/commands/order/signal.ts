import type { Command } from 'commander';
import { validate } from '../../input';
import { messageNameSchema, messageValue } from './message-value';
import { withOrderClient } from './order-client';
import { orderIdSchema } from './schemas';

/** `starter order signal <order-id> <name> <value>`: any signal, including custom attributes. */
export function registerOrderSignal(order: Command): void {
  order
    .command('signal')
    .description('send a signal: approveOrder or addItem (JSON), or attr:<attribute> to set a custom attribute')
    .argument('<order-id>', 'the order (its workflow id)')
    .argument('<name>', 'the signal name, e.g. addItem or attr:giftMessage')
    .argument('<value>', 'JSON for approveOrder / addItem; plain text for a custom attribute')
    .action(async (idText: string, nameText: string, valueText: string) => {
      const orderId = validate(orderIdSchema, idText, 'the order id');
      const name = validate(messageNameSchema, nameText, 'the signal name');
      const value = messageValue(name, valueText);
      await withOrderClient(orderId, (client) => client.workflow.getHandle(orderId).signal(name, value));
      console.log(`Sent ${name} to order ${orderId}`);
    });
}
