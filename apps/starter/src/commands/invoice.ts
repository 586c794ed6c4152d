import { type Command, InvalidArgumentError, Option } from 'commander';
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { Invoice, parseModel, Payment } from '@reference/models';
import {
  InvoiceWorkflow,
  invoiceStart,
  invoiceStatusKey,
  invoiceDueDateKey,
  invoiceAmountCentsKey,
  payInvoiceUpdate,
  TASK_QUEUE,
} from '@reference/workflows';
import { withClient } from '../connect';
import { UserError } from '../user-error';

/** "123.45" → 12345n: money never goes through a float. */
function cents(value: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError('an amount like 123.45.');
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

interface SendOptions {
  id: string;
  customer: string;
  email: string;
  amount: bigint;
  currency: string;
  due: string;
  requestedBy: string;
}
interface PayOptions {
  amount: bigint;
  reference: string;
  paidAt?: string;
}

/** `starter invoice send | pay | list`: the invoice entity, its update and listing by search attribute. */
export function registerInvoiceCommand(program: Command): void {
  const invoice = program.command('invoice').description('send, pay and list invoices (InvoiceWorkflow)');
  invoice
    .command('send')
    .description('start InvoiceWorkflow: validated here, then sent to the customer and awaiting payment')
    .requiredOption('--id <invoiceId>', 'like INV-123')
    .requiredOption('--customer <name>', "the customer's name")
    .requiredOption('--email <email>', "the customer's email")
    .requiredOption('--amount <amount>', 'like 123.45', cents)
    .addOption(new Option('--currency <code>', 'currency').default('EUR'))
    .requiredOption('--due <date>', 'due date, like 2026-12-31')
    .option('--requested-by <who>', 'kept in the memo', process.env.USER ?? 'starter')
    .action(async (options: SendOptions) => {
      // Refused here, before connecting, with each wrong field named: nothing starts.
      const input = parseModel(
        Invoice,
        {
          invoiceId: options.id,
          customer: { name: options.customer, email: options.email },
          amountCents: options.amount,
          currency: options.currency,
          dueDate: new Date(options.due),
        },
        'invoice',
      );
      await withClient(async (client) => {
        const handle = await client.workflow.start(InvoiceWorkflow, {
          taskQueue: TASK_QUEUE,
          ...invoiceStart.options(input, { requestedBy: options.requestedBy }),
        });
        console.log(`Started ${handle.workflowId}: ${input.amountCents} cents ${input.currency}, due ${options.due}`);
      });
    });
  invoice
    .command('pay')
    .description('pay an invoice (the payInvoice update; its validator checks the payment)')
    .argument('<invoiceId>', 'like INV-123')
    .requiredOption('--amount <amount>', 'like 123.45 (must be the invoice amount)', cents)
    .requiredOption('--reference <reference>', 'the payment reference')
    .option('--paid-at <time>', 'when it was paid (default: now)')
    .action(async (invoiceId: string, options: PayOptions) => {
      const payment = parseModel(
        Payment,
        {
          amountCents: options.amount,
          reference: options.reference,
          paidAt: options.paidAt ? new Date(options.paidAt) : new Date(),
        },
        'payment',
      );
      await withClient(async (client) => {
        const handle = client.workflow.getHandle(invoiceStart.workflowId(invoiceId));
        const stub = await handle.executeUpdate(payInvoiceUpdate, { args: [payment] }).catch((err: unknown) => {
          if (err instanceof WorkflowUpdateFailedError) throw new UserError(err.cause?.message ?? err.message);
          throw err;
        });
        console.log(`Paid ${invoiceId}: receipt ${stub.receiptNumber} (${stub.receiptId})`);
      });
    });
  invoice
    .command('list')
    .description('list invoices by the InvoiceStatus search attribute (a visibility query)')
    .addOption(new Option('--status <status>', 'only this status').choices(['open', 'sent', 'overdue', 'paid']))
    .action(async (options: { status?: string }) => {
      const query = `WorkflowType = 'InvoiceWorkflow'${options.status ? ` AND InvoiceStatus = '${options.status}'` : ''}`;
      await withClient(async (client) => {
        for await (const execution of client.workflow.list({ query })) {
          const attributes = execution.typedSearchAttributes;
          const due = attributes.get(invoiceDueDateKey)?.toISOString().slice(0, 10);
          console.log(
            `${execution.workflowId}  ${attributes.get(invoiceStatusKey)}  due ${due}  ${attributes.get(invoiceAmountCentsKey)} cents`,
          );
        }
      });
    });
}
