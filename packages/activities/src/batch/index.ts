export { countBatchRecords } from './count-batch-records';
export { processBatchPage, type BatchPageInput, type BatchPageResult } from './process-batch-page';
