import { activityInfo } from '@temporalio/activity';
import type { Invoice, InvoiceDelivery } from '@reference/models';

/**
 * Sends the invoice to the customer (a stand-in for a mail service). The worker checks the invoice against the wire
 * contract first, whoever scheduled it. The message id derives from the workflow, so a retry sends the same one.
 */
export async function sendInvoice(invoice: Invoice): Promise<InvoiceDelivery> {
  const { workflowExecution, activityId } = activityInfo();
  return { messageId: `${invoice.invoiceId}/${workflowExecution?.runId ?? activityId}`, sentAt: new Date() };
}
