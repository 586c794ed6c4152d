import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

// Search attributes are stored in clear, even with payload encryption on: no personal data in them.
export const invoiceStatusKey = defineSearchAttributeKey('InvoiceStatus', SearchAttributeType.KEYWORD);
export const invoiceDueDateKey = defineSearchAttributeKey('InvoiceDueDate', SearchAttributeType.DATETIME);
export const invoiceAmountCentsKey = defineSearchAttributeKey('InvoiceAmountCents', SearchAttributeType.INT);

/** Every custom search attribute of the project: registered on the dev servers the project starts. */
export const SEARCH_ATTRIBUTES = [invoiceStatusKey, invoiceDueDateKey, invoiceAmountCentsKey];
