export { describeIssues, INVALID_INPUT, parseModel } from './validate';
export { GreetingName } from './greeting';
export { AmountCents, Invoice, InvoiceDelivery, InvoiceId, InvoiceMemo, InvoiceReceipt, Payment } from './invoice';
