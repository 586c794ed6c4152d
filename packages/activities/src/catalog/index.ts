export { checkFeedReady } from './check-feed-ready';
export { waitForFeedReady, type FeedWatch } from './wait-for-feed-ready';
export { importCatalogFile, type ImportCatalogFileInput, type ImportCatalogFileResult } from './import-catalog-file';
export { findDuplicateProducts, type FindDuplicateProductsResult } from './find-duplicate-products';
export { lookupCatalogItem } from './lookup-catalog-item';
export { requestSupplierQuote, type QuoteRequest, type SupplierQuote } from './request-supplier-quote';
export type { CatalogRecord } from './catalog-record';
export type { DuplicatePair } from './near-duplicates';
