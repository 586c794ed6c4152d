import type { Command } from 'commander';
import { registerInvoiceList } from './list';
import { registerInvoicePay } from './pay';
import { registerInvoiceSend } from './send';

/** `starter invoice send | pay | list`: the invoice entity, its update and listing by search attribute. */
export function registerInvoiceCommand(program: Command): void {
  const invoice = program.command('invoice').description('send, pay and list invoices (InvoiceWorkflow)');
  registerInvoiceSend(invoice);
  registerInvoicePay(invoice);
  registerInvoiceList(invoice);
}
