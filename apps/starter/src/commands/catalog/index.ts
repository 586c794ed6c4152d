export { registerImportCatalogCommand } from './import-catalog';
export { registerQuoteOrderCommand } from './quote-order';
