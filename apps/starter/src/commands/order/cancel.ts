import type { Command } from 'commander';
import { validate } from '../../input';
import { withOrderClient } from './order-client';
import { orderIdSchema } from './schemas';

/** `starter order cancel <order-id>`: requests cancellation; the order undoes what it did, then ends cancelled. */
export function registerOrderCancel(order: Command): void {
  order
    .command('cancel')
    .description('cancel an order: its compensations run, then it ends cancelled')
    .argument('<order-id>', 'the order (its workflow id)')
    .action(async (idText: string) => {
      const orderId = validate(orderIdSchema, idText, 'the order id');
      await withOrderClient(orderId, (client) => client.workflow.getHandle(orderId).cancel());
      console.log(`Cancellation requested for order ${orderId}`);
    });
}
