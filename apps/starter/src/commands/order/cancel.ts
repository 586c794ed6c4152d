import type { Command } from 'commander';
import { CancelOrderInput } from '@reference/models';
import { CancelOrderWorkflow, TASK_QUEUE } from '@reference/workflows';
import { validate } from '../../input';
import { executeAndWatch } from '../../waiting';
import { withOrderClient } from './order-client';
import { orderIdSchema } from './schemas';

const reasonSchema = CancelOrderInput.shape.reason;

/**
 * `starter order cancel <order-id> [--reason <text>]`: the order undoes what it did, then ends cancelled. With a
 * reason, CancelOrderWorkflow records it on the order and cancels it through an external handle.
 */
export function registerOrderCancel(order: Command): void {
  order
    .command('cancel')
    .description('cancel an order: its compensations run, then it ends cancelled')
    .argument('<order-id>', 'the order (its workflow id)')
    .option('--reason <text>', 'record why, through CancelOrderWorkflow (signal + cancel by external handle)')
    .action(async (idText: string, options: { reason?: string }) => {
      const orderId = validate(orderIdSchema, idText, 'the order id');
      const reason = options.reason === undefined ? undefined : validate(reasonSchema, options.reason, 'the reason');
      await withOrderClient(orderId, async (client) => {
        if (reason === undefined) {
          await client.workflow.getHandle(orderId).cancel();
        } else {
          await executeAndWatch(client, CancelOrderWorkflow, {
            taskQueue: TASK_QUEUE,
            workflowId: `cancel-${orderId}`,
            args: [{ orderId, reason }],
          });
        }
      });
      console.log(`Cancellation requested for order ${orderId}${reason === undefined ? '' : `: ${reason}`}`);
    });
}
