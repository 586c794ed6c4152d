export { describeIssues, INVALID_INPUT, parseModel } from './validate';
export { GreetingName } from './greeting';
export { AmountCents, Invoice, InvoiceDelivery, InvoiceId, InvoiceMemo, InvoiceReceipt, Payment } from './invoice';
export {
  APPROVAL_REJECTED,
  ApprovalGrant,
  ApprovalInput,
  type ApprovalOutcome,
  ApprovalRejection,
  ApprovalRequest,
} from './approval';
