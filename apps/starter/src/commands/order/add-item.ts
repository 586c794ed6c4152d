import { WithStartWorkflowOperation } from '@temporalio/client';
import type { Command } from 'commander';
import { addItemToOrderUpdate, OrderWorkflow, TASK_QUEUE } from '@reference/workflows';
import { parseJsonInput, validate } from '../../input';
import { UserError } from '../../user-error';
import { withOrderClient } from './order-client';
import { examples, orderIdSchema, orderItemSchema, parseOrder } from './schemas';

/** `starter order add-item <order-id> <item> [--start-with <order>]`: the addItemToOrder update. */
export function registerOrderAddItem(order: Command): void {
  order
    .command('add-item')
    .description('add an item with the addItemToOrder update and print the new item count')
    .argument('<order-id>', 'the order (its workflow id)')
    .argument('<item>', `the item as JSON, for example '${examples.item}'`)
    .option('--start-with <order>', 'start the order with this JSON if it does not exist yet (update-with-start)')
    .action(async (idText: string, itemText: string, options: { startWith?: string }) => {
      const orderId = validate(orderIdSchema, idText, 'the order id');
      const item = parseJsonInput(orderItemSchema, itemText, { what: 'the item', example: examples.item });
      const start = options.startWith === undefined ? undefined : parseOrder(options.startWith);
      if (start && start.orderId !== orderId) {
        throw new UserError(`the order's orderId ${start.orderId} is not the order id ${orderId}`);
      }
      const count = await withOrderClient(orderId, (client) =>
        start
          ? client.workflow.executeUpdateWithStart(addItemToOrderUpdate, {
              args: [item],
              startWorkflowOperation: new WithStartWorkflowOperation(OrderWorkflow, {
                taskQueue: TASK_QUEUE,
                workflowId: orderId,
                args: [start],
                // An existing order takes the item; a missing one is started first, in the same call.
                workflowIdConflictPolicy: 'USE_EXISTING',
              }),
            })
          : client.workflow.getHandle(orderId).executeUpdate(addItemToOrderUpdate, { args: [item] }),
      );
      console.log(`Order ${orderId} now has ${count} item${count === 1 ? '' : 's'}`);
    });
}
