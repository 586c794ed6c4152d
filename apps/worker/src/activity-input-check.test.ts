import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MockActivityEnvironment } from '@temporalio/testing';
import { greet, postLedgerEntry, sendInvoice } from '@reference/activities';
import { INVALID_ACTIVITY_INPUT } from '@reference/models/wire';
import { wireExamples } from '@reference/models/wire-examples';
import { activityInterceptors } from './activity-input-check';

// Any workflow, in any language, can schedule these activities: the worker checks their input before they run.
const env = (activityType: string) =>
  new MockActivityEnvironment({ activityType }, { interceptors: activityInterceptors });

test('an invalid ledger entry fails the activity without a retry, and nothing is posted', async () => {
  const ledgerDir = mkdtempSync(path.join(tmpdir(), 'ledger-'));
  process.env.LEDGER_DIR = ledgerDir;
  await expect(env('postLedgerEntry').run(postLedgerEntry, { account: 'acct-x' } as never)).rejects.toMatchObject({
    type: INVALID_ACTIVITY_INPUT,
    nonRetryable: true,
    message: 'invalid postLedgerEntry activity input: amountCents: is required',
  });
  expect(readdirSync(ledgerDir)).toEqual([]);
  delete process.env.LEDGER_DIR;
});

test('a blank name and an invoice with a negative amount are refused; valid inputs run', async () => {
  await expect(env('greet').run(greet, '  ')).rejects.toMatchObject({ type: INVALID_ACTIVITY_INPUT });
  await expect(env('greet').run(greet, 'Ada')).resolves.toBe('Hello, Ada!');
  const invoice = wireExamples.workflow.InvoiceWorkflow;
  await expect(env('sendInvoice').run(sendInvoice, { ...invoice, amountCents: -1n })).rejects.toThrow(
    'invalid sendInvoice activity input: amountCents: must be a bigint within its bounds',
  );
  await expect(env('sendInvoice').run(sendInvoice, invoice)).resolves.toMatchObject({ messageId: /^INV-1\// });
});

test('an activity outside the contract runs unchecked', async () => {
  const echo = async (value: unknown) => value;
  await expect(env('echo').run(echo, { anything: true })).resolves.toEqual({ anything: true });
});
