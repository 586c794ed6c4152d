export { ApprovalWorkflow } from './approval';
