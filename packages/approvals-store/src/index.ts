export { ApprovalsStore, approvalsDbPath } from './approvals-store';
export type * from './types';
