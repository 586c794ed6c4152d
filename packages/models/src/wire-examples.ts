import type { WireContract, WireValue } from './contract';

const DAY_MS = 24 * 60 * 60 * 1000;
const EXAMPLE_PAYMENT_TOKEN = 'pt_EXAMPLE-card-sealed-for-the-payment-gateway';

type Examples<K extends 'workflow' | 'signal' | 'update' | 'nexusOperation'> = {
  [N in keyof WireContract[K]]: WireValue<K, N>;
};

/**
 * A valid value for each workflow, signal, update and Nexus operation input of the contract: what the contract's tests start from
 * (each rule broken in turn must be refused, on every path), and a starting point for a client in another language.
 */
export const wireExamples: {
  workflow: Examples<'workflow'>;
  signal: Examples<'signal'>;
  update: Examples<'update'>;
  nexusOperation: Examples<'nexusOperation'>;
} = {
  workflow: {
    GreetingWorkflow: 'my name',
    GreetingWorkflowV2: 'my name',
    FanOutWorkflow: 10,
    LedgerPostingWorkflow: { account: 'acct-1', amountCents: 1_250 },
    OrderWorkflow: {
      orderId: 'order-1',
      customerId: 'ada',
      // The shape only: a real token is a card sealed with the gateway's public key (sealCard).
      paymentToken: EXAMPLE_PAYMENT_TOKEN,
      cardLast4: '4242',
      country: 'GB',
      items: [{ sku: 'KETTLE', quantity: 1 }],
    },
    OrderLineWorkflow: { orderId: 'order-1', item: { sku: 'KETTLE', quantity: 1, unitPriceCents: 2_500 } },
    CancelOrderWorkflow: { orderId: 'order-1', reason: 'changed my mind' },
    ImportCatalogWorkflow: { feedPath: '/tmp/feed.jsonl', storePath: '/tmp/store.jsonl', pollIntervalSeconds: 1 },
    QuoteOrderWorkflow: {
      storePath: '/tmp/store.jsonl',
      priceListDir: '/tmp/prices',
      suppliers: ['acme'],
      lines: [{ sku: 'SKU-00001', quantity: 5 }],
    },
    AgentWorkflow: { goal: 'What is 6 times 7?', maxSteps: 4 },
    ResearchWorkflow: { question: 'How does Temporal retry activities?', maxSubtopics: 2 },
    InvoiceWorkflow: {
      invoiceId: 'INV-1',
      customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
      amountCents: 12_345n,
      currency: 'EUR',
      dueDate: new Date('2099-01-01T00:00:00Z'),
    },
    ReportWorkflow: 'status',
    ApprovalWorkflow: { subject: 'Refund order-1', requestedBy: 'ada', decideWithinSeconds: 60 },
    NexusGreetingWorkflow: { name: 'Ada', language: 'fr', delaySeconds: 0 },
    ScheduledGreetingWorkflow: { name: 'Ada', language: 'fr', delaySeconds: 0 },
    CheckoutWorkflow: { orderId: 'order-1', amountCents: 2_500, country: 'GB' },
    LockWorkflow: { resourceId: 'printer', waiting: [{ requesterWorkflowId: 'job-1', leaseMs: 5_000 }] },
    ExclusiveJobWorkflow: { resourceId: 'printer', workMs: 500, leaseMs: 5_000 },
    // Deadlines at most a year ahead of now, as the contract wants them.
    ReminderWorkflow: { message: 'renew the certificate', deadline: new Date(Date.now() + 30 * DAY_MS) },
    BatchWorkflow: { sourcePath: '/tmp/records.jsonl', storePath: '/tmp/batch.sqlite', window: 8, pageSize: 500 },
  },
  signal: {
    approveOrder: { approvedBy: 'bo' },
    addItem: { sku: 'MUG-BLUE', quantity: 2 },
    lineReserved: 'KETTLE',
    acquireLock: { requesterWorkflowId: 'job-1', leaseMs: 5_000 },
    lockGranted: { leaseToken: '0b6c1f4e-8a5d-4c9e-9f3a-2d7b1e6a4c80', lockWorkflowId: 'lock-printer' },
    releaseLock: { leaseToken: '0b6c1f4e-8a5d-4c9e-9f3a-2d7b1e6a4c80' },
    pauseBatch: { paused: true },
  },
  update: {
    addItemToOrder: { sku: 'MUG-BLUE', quantity: 2 },
    payInvoice: { amountCents: 12_345n, paidAt: new Date('2026-12-01T00:00:00Z'), reference: 'bank-1' },
    submitPayment: { paymentToken: EXAMPLE_PAYMENT_TOKEN, cardLast4: '4242' },
    moveReminder: { deadline: new Date(Date.now() + 60 * DAY_MS) },
  },
  nexusOperation: {
    'GreetingService.greet': { name: 'Ada', language: 'fr' },
    'GreetingService.greetLater': { name: 'Ada', language: 'fr', delaySeconds: 0 },
  },
};

/** One way to break a valid value: what the case is called, and the broken value. */
export interface BrokenValue {
  rule: 'missing field' | 'wrong type' | 'out of range' | 'unknown field';
  value: unknown;
}

const TOO_LONG = 'x'.repeat(20_000);

/**
 * The example broken four ways: a required field left out (for a plain value: no value at all), a field of the wrong
 * type, a value out of range (a number far too large, a string far too long, an empty list) and an unknown field.
 * Objects only have the last.
 */
export function brokenValues(example: unknown): BrokenValue[] {
  if (typeof example !== 'object' || example === null || example instanceof Date) {
    const outOfRange = typeof example === 'number' ? 1e12 : typeof example === 'string' ? TOO_LONG : -1n;
    return [
      { rule: 'missing field', value: undefined },
      { rule: 'wrong type', value: { unexpected: true } },
      { rule: 'out of range', value: outOfRange },
    ];
  }
  const fields = Object.entries(example as Record<string, unknown>);
  const [firstName, firstValue] = fields[0]!;
  const outOfRange = (value: unknown): unknown =>
    typeof value === 'number' ? 1e12 : typeof value === 'bigint' ? -1n : Array.isArray(value) ? [] : TOO_LONG;
  const ranged =
    fields.find(([, value]) => typeof value === 'number' || typeof value === 'bigint') ??
    fields.find(([, value]) => typeof value === 'string') ??
    fields[0]!;
  return [
    { rule: 'missing field', value: Object.fromEntries(fields.slice(1)) },
    { rule: 'wrong type', value: { ...example, [firstName]: typeof firstValue === 'number' ? 'seven' : 7 } },
    { rule: 'out of range', value: { ...example, [ranged[0]]: outOfRange(ranged[1]) } },
    { rule: 'unknown field', value: { ...example, unexpected: true } },
  ];
}
