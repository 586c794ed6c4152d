import { ApplicationFailure } from '@temporalio/common';
import { GreetingName, Invoice, parseModel, Payment } from '.';

const invoice = {
  invoiceId: 'INV-1',
  customer: { name: 'Ada Lovelace', email: 'ada@example.com' },
  amountCents: 12_345n,
  currency: 'EUR',
  dueDate: new Date('2026-12-01T00:00:00Z'),
};

const refusal = (schema: Parameters<typeof parseModel>[0], value: unknown, what: string) => {
  try {
    parseModel(schema, value, what);
  } catch (err) {
    return err;
  }
  throw new Error('expected a refusal');
};

test('a valid invoice parses to itself', () => {
  expect(parseModel(Invoice, invoice, 'invoice')).toEqual(invoice);
});

test('each wrong field is named in one message, as a non-retryable InvalidInput failure', () => {
  const err = refusal(
    Invoice,
    { ...invoice, customer: { name: ' ', email: 'nope' }, amountCents: 0n, dueDate: '2026-12-01' },
    'invoice',
  );
  expect(err).toBeInstanceOf(ApplicationFailure);
  expect(err).toMatchObject({ type: 'InvalidInput', nonRetryable: true });
  const { message } = err as Error;
  expect(message).toMatch(/^invalid invoice: /);
  for (const field of ['customer.name', 'customer.email', 'amountCents', 'dueDate'])
    expect(message).toContain(`${field}:`);
  expect(message).not.toContain('invoiceId');
});

test('a greeting name may not be blank or longer than 1000 characters, and is kept as given', () => {
  expect(parseModel(GreetingName, '  Zoë ', 'name')).toBe('  Zoë ');
  expect((refusal(GreetingName, '   ', 'name') as Error).message).toBe('invalid name: the value: must not be blank');
  expect((refusal(GreetingName, 'x'.repeat(1001), 'name') as Error).message).toMatch(
    /^invalid name: the value: must be at most 1000 characters$/,
  );
});

test('a payment needs a reference and a positive bigint amount', () => {
  const message = (refusal(Payment, { amountCents: 5, paidAt: new Date(), reference: '' }, 'payment') as Error).message;
  expect(message).toContain('amountCents:');
  expect(message).toContain('reference: must not be blank');
});
