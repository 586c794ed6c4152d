export { executeAndWatch } from './execute';
export { type PendingActivity, pendingActivities, retryLine } from './pending-activities';
export { waitForResult, type WaitOptions } from './wait-for-result';
export { workerPolls } from './worker-polls';
export { sayIfNoWorker } from './no-worker-notice';
