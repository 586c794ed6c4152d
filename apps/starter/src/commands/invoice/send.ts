import { type Client, WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import { type Command, Option } from 'commander';
import { Invoice, parseModel } from '@reference/models';
import { InvoiceWorkflow, invoiceStart, invoiceStatusKey, TASK_QUEUE } from '@reference/workflows';
import { withClient } from '../../connect';
import { UserError } from '../../user-error';
import { calendarDate } from '../../time-options';
import { amount, cents } from './options';

interface SendOptions {
  id: string;
  customer: string;
  email: string;
  amount: bigint;
  currency: string;
  due: Date;
  requestedBy: string;
}

/** `starter invoice send`: starts one InvoiceWorkflow; an id is used once, and a second send says what to do. */
export function registerInvoiceSend(invoice: Command): void {
  invoice
    .command('send')
    .description('start InvoiceWorkflow: validated here, then sent to the customer and awaiting payment')
    .requiredOption('--id <invoiceId>', 'like INV-123 (used once: a paid or open invoice keeps its id)')
    .requiredOption('--customer <name>', "the customer's name")
    .requiredOption('--email <email>', "the customer's email")
    .requiredOption('--amount <amount>', 'like 123.45', cents)
    .addOption(new Option('--currency <code>', 'currency').default('EUR'))
    .requiredOption('--due <date>', 'due date, like 2026-12-31', calendarDate)
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
          dueDate: options.due,
        },
        'invoice',
      );
      await withClient(async (client) => {
        const handle = await client.workflow
          .start(InvoiceWorkflow, {
            taskQueue: TASK_QUEUE,
            ...invoiceStart.options(input, { requestedBy: options.requestedBy }),
          })
          .catch(async (err: unknown) => {
            if (err instanceof WorkflowExecutionAlreadyStartedError) throw await alreadySent(client, input);
            throw err;
          });
        const due = input.dueDate.toISOString().slice(0, 10);
        console.log(`Started ${handle.workflowId}: ${input.amountCents} cents ${input.currency}, due ${due}`);
      });
    });
}

/** What the invoice under this id is doing, and what the user can do instead of sending it again. */
async function alreadySent(client: Client, input: Invoice): Promise<UserError> {
  const { invoiceId } = input;
  const description = await client.workflow.getHandle(invoiceStart.workflowId(invoiceId)).describe();
  const status = description.typedSearchAttributes.get(invoiceStatusKey) ?? description.status.name.toLowerCase();
  if (description.status.name === 'RUNNING') {
    return new UserError(
      `${invoiceId} is already sent and open (${status}): pay it with ` +
        `\`invoice pay ${invoiceId} --amount ${amount(input.amountCents)} --reference <ref>\``,
    );
  }
  return new UserError(
    `${invoiceId} was used before (${status}): an invoice id is used once, so send it with a new id`,
  );
}
