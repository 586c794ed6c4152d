export { BatchStore, type PageOutcome, type PageRecord, type PageWrite, type StoredBatchRecord } from './batch-store';
