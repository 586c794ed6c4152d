export { requestApproval } from './request-approval';
