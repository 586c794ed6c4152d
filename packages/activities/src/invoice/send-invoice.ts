import { activityInfo } from '@temporalio/activity';
import { Invoice, type InvoiceDelivery, parseModel } from '@reference/models';

/**
 * Sends the invoice to the customer (a stand-in for a mail service): validates at entry, so a bad invoice fails
 * here, not retried, whoever scheduled it. The message id derives from the workflow, so a retry sends the same one.
 */
export async function sendInvoice(input: Invoice): Promise<InvoiceDelivery> {
  const invoice = parseModel(Invoice, input, 'invoice');
  const { workflowExecution, activityId } = activityInfo();
  return { messageId: `${invoice.invoiceId}/${workflowExecution?.runId ?? activityId}`, sentAt: new Date() };
}
