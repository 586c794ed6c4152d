export { ImportCatalogWorkflow } from './import-catalog';
export { QuoteOrderWorkflow } from './quote-order';
export type * from './types';
