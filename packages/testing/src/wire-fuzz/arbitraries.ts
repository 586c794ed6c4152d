import fc from 'fast-check';
import { crossFieldRules, wireJsonSchemas } from '@reference/models';
import { crossFieldArbitraries } from './cross-field';
import { invalidValue } from './invalid-values';
import type { Schema } from './schema';
import { validValue } from './valid-values';

// Values for one wire type, drawn from its published JSON Schema (the contract's only description a client in another
// language has) and its rules across fields: valid ones, and invalid ones, each a valid value broken in one place. The
// schemas use a small part of JSON Schema, and the generator handles exactly that part: an unknown keyword, or a rule
// across fields it cannot keep, fails loudly instead of being ignored.

/** The wire types a client can send a workflow: its inputs, signals and updates. */
export type FuzzedKind = 'workflow' | 'signal' | 'update';

/** Valid and invalid values of one wire type (`workflow`, `OrderWorkflow`). */
export function wireArbitraries(kind: FuzzedKind, name: string) {
  const id = `${kind}/${name}`;
  const schema: Schema | undefined = wireJsonSchemas().get(id);
  if (!schema) throw new Error(`${id} is not in the wire contract`);
  const crossField = crossFieldArbitraries[id];
  if (crossFieldRules[id] && !crossField)
    throw new Error(`${id} has a rule across fields: teach wire-fuzz/cross-field.ts`);
  if (!crossField) return { valid: validValue(schema), invalid: invalidValue(schema) };
  const bySchema = validValue(schema) as fc.Arbitrary<Record<string, unknown>>;
  const valid = crossField.keep(bySchema, schema);
  return { valid, invalid: fc.oneof(invalidValue(schema, valid), crossField.breakRule(bySchema, schema)) };
}
