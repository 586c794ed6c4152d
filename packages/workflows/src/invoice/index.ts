export { InvoiceWorkflow } from './invoice';
export * from './definitions';
export { invoiceStart } from './start-options';
