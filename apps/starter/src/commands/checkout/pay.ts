import { type Command, InvalidArgumentError } from 'commander';
import { WithStartWorkflowOperation } from '@temporalio/client';
import { CardNumber, CheckoutInput } from '@reference/models';
import { sealCard } from '@reference/payment-tokens';
import { CheckoutWorkflow, submitPaymentUpdate, TASK_QUEUE } from '@reference/workflows';
import { validate } from '../../input';
import { UserError } from '../../user-error';
import { sayIfNoWorker } from '../../waiting';
import { major, withCheckoutClient } from './checkout-client';

function wholeCents(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('the amount in cents, like 1250 for 12.50.');
  return Number(value);
}

/**
 * `starter checkout <order-id> --amount <cents> --country <code> --card <number>`: update-with-start of
 * CheckoutWorkflow with submitPayment. The card is sealed here, as a payment page does; the command prints the
 * authorisation as soon as the workflow answers, while capture and shipping go on.
 */
export function registerCheckoutPay(program: Command): Command {
  return (
    program
      .command('checkout')
      .description(
        'pay for a checkout (CheckoutWorkflow, update-with-start): prints the authorisation as soon as it comes',
      )
      .argument('<order-id>', 'the checkout (its workflow id)')
      // Checked in the action: commander would require a parent's required options of `checkout status` too.
      .option('--amount <cents>', 'the total in cents, like 1250 for 12.50 (required)', wholeCents)
      .option('--country <code>', 'where it ships, a two-letter country code like GB (required)')
      .option(
        '--card <number>',
        'the card number, sealed before it leaves this process, like 4242424242424242 (required)',
      )
      .action(async (orderId: string, options: { amount?: number; country?: string; card?: string }) => {
        const missing = (['amount', 'country', 'card'] as const).filter((name) => options[name] === undefined);
        if (missing.length > 0) {
          throw new UserError(`checkout ${orderId} needs ${missing.map((name) => `--${name}`).join(', ')}`);
        }
        const input = validate(
          CheckoutInput,
          { orderId, amountCents: options.amount, country: options.country },
          'the checkout',
        );
        const card = sealCard(validate(CardNumber, options.card, 'the card number'));
        console.log(
          `Checkout ${orderId}: authorising ${major(input.amountCents)} on the card ending ${card.cardLast4}`,
        );
        const authorisation = await withCheckoutClient(orderId, async (client) => {
          const noWorker = sayIfNoWorker(client, orderId);
          try {
            return await client.workflow.executeUpdateWithStart(submitPaymentUpdate, {
              args: [card],
              startWorkflowOperation: new WithStartWorkflowOperation(CheckoutWorkflow, {
                taskQueue: TASK_QUEUE,
                workflowId: orderId,
                args: [input],
                // A checkout already open takes the card (and refuses a second one: AlreadyPaid).
                workflowIdConflictPolicy: 'USE_EXISTING',
              }),
            });
          } finally {
            noWorker.stop();
          }
        });
        console.log(
          `Authorised ${major(authorisation.amountCents)} on the card ending ${authorisation.cardLast4}: ` +
            `${authorisation.authorisationId}; capture and shipping go on (\`checkout status ${orderId}\`)`,
        );
      })
  );
}
