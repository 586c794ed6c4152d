import type { Command } from 'commander';
import { checkoutStatusQuery, type CheckoutWorkflow } from '@reference/workflows';
import { withCheckoutClient } from './checkout-client';

/** `starter checkout status <order-id>`: where a running checkout is, or how it ended. */
export function registerCheckoutStatus(checkout: Command): void {
  checkout
    .command('status')
    .description('print where a checkout is (checkoutStatus), or its result once it has ended')
    .argument('<order-id>', 'the checkout (its workflow id)')
    .action(async (orderId: string) => {
      const line = await withCheckoutClient(orderId, async (client) => {
        const handle = client.workflow.getHandle<typeof CheckoutWorkflow>(orderId);
        const { status } = await handle.describe();
        if (status.name === 'RUNNING') return `checkout ${orderId}: ${await handle.query(checkoutStatusQuery)}`;
        // An ended checkout's result, or its failure as one line (CheckoutAbandoned, cancelled, …).
        return `Result: ${JSON.stringify(await handle.result())}`;
      });
      console.log(line);
    });
}
