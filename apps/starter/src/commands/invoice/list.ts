import { type Command, Option } from 'commander';
import { invoiceAmountCentsKey, invoiceDueDateKey, invoiceStatusKey } from '@reference/workflows';
import { withClient } from '../../connect';

/** `starter invoice list [--status]`: a visibility query on the InvoiceStatus search attribute. */
export function registerInvoiceList(invoice: Command): void {
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
