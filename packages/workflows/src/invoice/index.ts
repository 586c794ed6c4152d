export { InvoiceWorkflow } from './invoice';
export * from './definitions';
export * from './search-attributes';
export { invoiceStart } from './start-options';
