import fc from 'fast-check';
import { durationStrings } from './durations';
import { checkKeywords, MAX_DRAWN_ITEMS, num, type Schema } from './schema';

export function validString(schema: Schema): fc.Arbitrary<string> {
  const min = num(schema.minLength) ?? 0;
  const max = num(schema.maxLength) ?? 200;
  const fits = (s: string) => s.length >= min && s.length <= max;
  if (schema.enum) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.duration) return durationStrings(schema.pattern!, schema.duration, fits).valid;
  // A pattern is the narrower rule where a format has one too (zod states its email rule as both).
  if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern)).filter(fits);
  if (schema.format === 'uuid') return fc.uuid({ version: 4 });
  if (schema.format === 'date-time') return fc.date({ noInvalidDate: true }).map((d) => d.toISOString());
  if (schema.format) throw new Error(`${schema.$id ?? 'a schema'} has format ${schema.format}: teach wire-fuzz`);
  return fc.string({ minLength: min, maxLength: Math.min(max, 40) });
}

export function bigintBounds(bounds: Record<string, string>): { min?: bigint; max?: bigint } {
  const bound = (inclusive?: string, exclusive?: string, step = 1n) =>
    inclusive ? BigInt(inclusive) : exclusive ? BigInt(exclusive) + step : undefined;
  return {
    min: bound(bounds.minimum, bounds.exclusiveMinimum),
    max: bound(bounds.maximum, bounds.exclusiveMaximum, -1n),
  };
}

function validNumber(schema: Schema): fc.Arbitrary<number> {
  const integer = schema.type === 'integer';
  const min = num(schema.minimum) ?? (num(schema.exclusiveMinimum) ?? -Infinity) + (integer ? 1 : Number.EPSILON);
  const max = num(schema.maximum) ?? (num(schema.exclusiveMaximum) ?? Infinity) - (integer ? 1 : Number.EPSILON);
  if (integer) {
    const [lo, hi] = [Math.max(min, Number.MIN_SAFE_INTEGER), Math.min(max, Number.MAX_SAFE_INTEGER)];
    return fc.integer({ min: lo, max: hi });
  }
  return fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

export function validObject(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
  if (schema.properties) {
    const model = Object.fromEntries(Object.entries(schema.properties).map(([key, sub]) => [key, validValue(sub)]));
    return fc.record(model, { requiredKeys: schema.required ?? [] });
  }
  // A record: any keys, each value of one schema.
  const values =
    typeof schema.additionalProperties === 'object' ? validValue(schema.additionalProperties) : fc.anything();
  return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), values, { maxKeys: MAX_DRAWN_ITEMS });
}

function validOfType(schema: Schema, type: string | undefined): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return validString(schema);
    case 'integer':
    case 'number':
      return validNumber({ ...schema, type });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = num(schema.minItems) ?? 0;
      const maxLength = Math.max(minLength, Math.min(num(schema.maxItems) ?? MAX_DRAWN_ITEMS, MAX_DRAWN_ITEMS));
      return fc.array(validValue(schema.items!), { minLength, maxLength });
    }
    case 'object':
      return validObject(schema);
    default:
      throw new Error(`${schema.$id ?? 'a schema'} has type ${type}: teach wire-fuzz`);
  }
}

/** Any value the schema admits. */
export function validValue(schema: Schema): fc.Arbitrary<unknown> {
  checkKeywords(schema);
  const branches = schema.anyOf ?? schema.oneOf;
  // oneOf's branches here are told apart by a constant (a discriminated union), so a value of one fits no other.
  if (branches) return fc.oneof(...branches.map(validValue));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.instanceof === 'Date') return fc.date({ noInvalidDate: true });
  if (schema.bigint) {
    const { min = -(2n ** 63n), max = 2n ** 63n } = bigintBounds(schema.bigint);
    return fc.bigInt({ min, max });
  }
  if (Array.isArray(schema.type)) return fc.oneof(...schema.type.map((type) => validOfType(schema, type)));
  return validOfType(schema, schema.type);
}
