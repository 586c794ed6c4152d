import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { wireContract, type WireKind } from '.';
import { jsonSchemaFile, publishedJsonSchemas } from './published-json-schemas';
import { brokenValues, wireExamples } from './wire-examples';
import { checkWorkflowInput, INVALID_WORKFLOW_INPUT, wireProblem } from './wire';

test('the published JSON Schemas are the contract as it is now (pnpm --filter @reference/models write-json-schemas)', () => {
  for (const [id, text] of publishedJsonSchemas()) expect(readFileSync(jsonSchemaFile(id), 'utf8')).toBe(text);
});

const cases = (Object.keys(wireExamples) as Array<keyof typeof wireExamples>).flatMap((kind) =>
  Object.entries(wireExamples[kind] as Record<string, unknown>).map(([name, example]) => ({ kind, name, example })),
);

test.each(cases)(
  '$kind $name: zod and the compiled validator agree on its example and each broken copy',
  ({ kind, name, example }) => {
    const schema = (wireContract[kind] as Record<string, z.ZodType>)[name]!;
    expect(schema.safeParse(example).success).toBe(true);
    const check = (value: unknown) => wireProblem(kind as WireKind, name as never, value);
    expect(check(example)).toBeUndefined();
    for (const { value } of brokenValues(example)) {
      expect({ value, refused: check(value) !== undefined }).toEqual({
        value,
        refused: !schema.safeParse(value).success,
      });
    }
  },
);

test('every workflow input of the contract has an example, so each is tested', () => {
  expect(Object.keys(wireExamples.workflow).sort()).toEqual(Object.keys(wireContract.workflow).sort());
  expect(Object.keys(wireExamples.signal).sort()).toEqual(Object.keys(wireContract.signal).sort());
  expect(Object.keys(wireExamples.update).sort()).toEqual(Object.keys(wireContract.update).sort());
  expect(Object.keys(wireExamples.nexusOperation).sort()).toEqual(Object.keys(wireContract.nexusOperation).sort());
});

test('a refusal is a non-retryable InvalidWorkflowInput naming the field and the rule', () => {
  const refusal = (() => {
    try {
      return checkWorkflowInput('LedgerPostingWorkflow', { account: 'acct-x', amountCents: -5 });
    } catch (err) {
      return err;
    }
  })();
  expect(refusal).toMatchObject({
    type: INVALID_WORKFLOW_INPUT,
    nonRetryable: true,
    message: 'invalid LedgerPostingWorkflow workflow input: amountCents: must be >= 1',
  });
  expect(wireProblem('workflow', 'LedgerPostingWorkflow', { account: 'acct-x' })).toBe('amountCents: is required');
  expect(wireProblem('workflow', 'OrderWorkflow', 'not an order')).toBe('the value: must be object');
  expect(
    wireProblem('workflow', 'QuoteOrderWorkflow', { ...wireExamples.workflow.QuoteOrderWorkflow, lines: [] }),
  ).toBe('lines: must NOT have fewer than 1 items');
  expect(wireProblem('update', 'payInvoice', { ...wireExamples.update.payInvoice, paidAt: '2026-12-01' })).toBe(
    'paidAt: must be a valid Date',
  );
});

test('an address zod accepts, the worker accepts: a format is checked by zod’s pattern, never by a stricter rule', () => {
  const invoice = {
    ...wireExamples.workflow.InvoiceWorkflow,
    customer: { name: 'Ada', email: 'ada@mail-.example.com' },
  };
  expect(wireContract.workflow.InvoiceWorkflow.safeParse(invoice).success).toBe(true);
  expect(wireProblem('workflow', 'InvoiceWorkflow', invoice)).toBeUndefined();
});

test('a schema that JSON Schema cannot state (a transform, a Date without its keyword) is refused at build', async () => {
  const { z: zod } = await import('zod');
  const { toJsonSchema } = await import('./json-schema');
  expect(() =>
    toJsonSchema(
      zod.string().transform((s) => s.length),
      'test/transformed',
    ),
  ).toThrow('test/transformed: a pipe has no JSON Schema');
  expect(() => toJsonSchema(zod.map(zod.string(), zod.string()), 'test/map')).toThrow('test/map: Map cannot');
  expect(() => toJsonSchema(zod.strictObject({ at: zod.date() }), 'test/date')).toThrow('test/date: Date cannot');
});
