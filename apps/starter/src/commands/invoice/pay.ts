import { type Client, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import type { Command } from 'commander';
import { parseModel, Payment } from '@reference/models';
import { invoiceStart, invoiceStatusKey, payInvoiceUpdate } from '@reference/workflows';
import { withClient } from '../../connect';
import { UserError } from '../../user-error';
import { instant } from '../../time-options';
import { cents } from './options';

interface PayOptions {
  amount: bigint;
  reference: string;
  paidAt?: Date;
}

/** `starter invoice pay <id>`: the payInvoice update; a refusal, a missing or a closed invoice is one line. */
export function registerInvoicePay(invoice: Command): void {
  invoice
    .command('pay')
    .description('pay an invoice (the payInvoice update; its validator checks the payment)')
    .argument('<invoiceId>', 'like INV-123')
    .requiredOption('--amount <amount>', 'like 123.45 (must be the invoice amount)', cents)
    .requiredOption('--reference <reference>', 'the payment reference')
    .option('--paid-at <time>', 'when it was paid, like 2026-12-31T09:30:00Z (default: now)', instant)
    .action(async (invoiceId: string, options: PayOptions) => {
      const payment = parseModel(
        Payment,
        { amountCents: options.amount, reference: options.reference, paidAt: options.paidAt ?? new Date() },
        'payment',
      );
      await withClient(async (client) => {
        const handle = client.workflow.getHandle(invoiceStart.workflowId(invoiceId));
        const stub = await handle.executeUpdate(payInvoiceUpdate, { args: [payment] }).catch(async (err: unknown) => {
          if (err instanceof WorkflowUpdateFailedError) throw new UserError(err.cause?.message ?? err.message);
          if (err instanceof WorkflowNotFoundError) throw await notOpen(client, invoiceId);
          throw err;
        });
        console.log(`Paid ${invoiceId}: receipt ${stub.receiptNumber} (${stub.receiptId})`);
      });
    });
}

/** Why an invoice took no update: there is none under this id, or it has ended. */
async function notOpen(client: Client, invoiceId: string): Promise<UserError> {
  const description = await client.workflow
    .getHandle(invoiceStart.workflowId(invoiceId))
    .describe()
    .catch((err: unknown) => {
      if (err instanceof WorkflowNotFoundError) return undefined;
      throw err;
    });
  if (!description) {
    return new UserError(
      `no invoice ${invoiceId} on this server: send it first with \`invoice send --id ${invoiceId} …\``,
    );
  }
  const status = description.typedSearchAttributes.get(invoiceStatusKey) ?? description.status.name.toLowerCase();
  return new UserError(`${invoiceId} is closed (${status}): it takes no more payments`);
}
