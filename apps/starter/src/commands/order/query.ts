import type { Command } from 'commander';
import { orderProgressQuery } from '@reference/workflows';
import { validate } from '../../input';
import { messageNameSchema } from './message-value';
import { withOrderClient } from './order-client';
import { orderIdSchema } from './schemas';

/** `starter order query <order-id> [name]`: orderProgress by default, orderStatus, or a custom attribute. */
export function registerOrderQuery(order: Command): void {
  order
    .command('query')
    .description(
      'run a query and print its answer: orderProgress (default), orderStatus, or attr:<attribute> for a custom attribute',
    )
    .argument('<order-id>', 'the order (its workflow id)')
    .argument('[name]', 'the query name', orderProgressQuery.name)
    .action(async (idText: string, nameText: string) => {
      const orderId = validate(orderIdSchema, idText, 'the order id');
      const name = validate(messageNameSchema, nameText, 'the query name');
      const answer = await withOrderClient(orderId, (client) => client.workflow.getHandle(orderId).query(name));
      console.log(JSON.stringify(answer));
    });
}
