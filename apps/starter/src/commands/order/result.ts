import type { Command } from 'commander';
import { orderProgressQuery, type OrderProgress, type OrderWorkflow } from '@reference/workflows';
import { validate } from '../../input';
import { waitForResult } from '../../waiting';
import { withOrderClient } from './order-client';
import { orderIdSchema } from './schemas';

/** Where the order is, as lines: what it waits for and what to do, then each fulfilment step as it completes. */
function progressLines(orderId: string, { status, itemCount, completedSteps, compensations }: OrderProgress): string[] {
  if (status === 'awaiting-approval') {
    return [
      `order ${orderId} (${itemCount} item${itemCount === 1 ? '' : 's'}) is awaiting approval: approve it with ` +
        `\`order approve ${orderId} <name>\`; unapproved, it is rejected 24 hours after it started`,
    ];
  }
  return [
    ...completedSteps.map((step) => `order ${orderId}: ${step}`),
    ...compensations.map((compensation) => `order ${orderId}: compensating: ${compensation}`),
  ];
}

/** `starter order result <order-id>`: waits for the order to end; a failed order is one line with its type. */
export function registerOrderResult(order: Command): void {
  order
    .command('result')
    .description('wait for an order to end and print its result (a failure prints its type, e.g. PaymentDeclined)')
    .argument('<order-id>', 'the order (its workflow id)')
    .action(async (idText: string) => {
      const orderId = validate(orderIdSchema, idText, 'the order id');
      const result = await withOrderClient(orderId, (client) =>
        waitForResult<Awaited<ReturnType<typeof OrderWorkflow>>, OrderProgress>(client.workflow.getHandle(orderId), {
          cancelWith: `order cancel ${orderId}`,
          progress: { query: orderProgressQuery, lines: (progress) => progressLines(orderId, progress) },
        }),
      );
      console.log(`Result: ${JSON.stringify(result)}`);
    });
}
