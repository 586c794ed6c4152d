import type { Command } from 'commander';
import type { OrderWorkflow } from '@reference/workflows';
import { validate } from '../../input';
import { withOrderClient } from './order-client';
import { orderIdSchema } from './schemas';

/** `starter order result <order-id>`: waits for the order to end; a failed order is one line with its type. */
export function registerOrderResult(order: Command): void {
  order
    .command('result')
    .description('wait for an order to end and print its result (a failure prints its type, e.g. PaymentDeclined)')
    .argument('<order-id>', 'the order (its workflow id)')
    .action(async (idText: string) => {
      const orderId = validate(orderIdSchema, idText, 'the order id');
      const result = await withOrderClient(orderId, (client) =>
        client.workflow.getHandle<typeof OrderWorkflow>(orderId).result(),
      );
      console.log(`Result: ${JSON.stringify(result)}`);
    });
}
