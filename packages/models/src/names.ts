import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

// Names on the wire besides the contract's types: any client, in any language, starts work and lists it by these.
// No zod here, so workflow code may import this module's values.

/** The task queue the worker polls and clients start workflows on: a wire name, the same for clients in any language. */
export const TASK_QUEUE = 'my-task-queue';

// Search attributes are stored in clear, even with payload encryption on: no personal data in them.
export const invoiceStatusKey = defineSearchAttributeKey('InvoiceStatus', SearchAttributeType.KEYWORD);
export const invoiceDueDateKey = defineSearchAttributeKey('InvoiceDueDate', SearchAttributeType.DATETIME);
export const invoiceAmountCentsKey = defineSearchAttributeKey('InvoiceAmountCents', SearchAttributeType.INT);

/** Every custom search attribute of the project: registered on the servers the project starts. */
export const SEARCH_ATTRIBUTES = [invoiceStatusKey, invoiceDueDateKey, invoiceAmountCentsKey];
