import type { Command } from 'commander';
import { approveOrderSignal } from '@reference/workflows';
import { validate } from '../../input';
import { withOrderClient } from './order-client';
import { approveOrderSchema, orderIdSchema } from './schemas';

/** `starter order approve <order-id> <approver>`: the approveOrder signal. */
export function registerOrderApprove(order: Command): void {
  order
    .command('approve')
    .description('approve an order for fulfilment (signal approveOrder)')
    .argument('<order-id>', 'the order (its workflow id)')
    .argument('<approver>', 'who approves it')
    .action(async (idText: string, approver: string) => {
      const orderId = validate(orderIdSchema, idText, 'the order id');
      const approval = validate(approveOrderSchema, { approvedBy: approver }, 'the approver');
      await withOrderClient(orderId, (client) =>
        client.workflow.getHandle(orderId).signal(approveOrderSignal, approval),
      );
      console.log(`Approved order ${orderId}`);
    });
}
