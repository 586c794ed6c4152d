import fc from 'fast-check';
import { durationStrings } from './durations';
import { checkKeywords, num, type Schema, typesOf } from './schema';
import { bigintBounds, validValue } from './valid-values';

/** A field no wire type has. */
const UNKNOWN_FIELD = 'unexpectedField';

/** A value of a JSON type the schema (every branch of it) does not take. */
function wrongType(schema: Schema): unknown {
  const types = new Set(typesOf(schema));
  const candidates: Array<[unknown, string[]]> = [
    [true, ['boolean']],
    ['yes', ['string']],
    [0.5, ['number']],
    [null, ['null']],
  ];
  return candidates.find(([, takenBy]) => !takenBy.some((type) => types.has(type)))![0];
}

/** Strings the schema refuses: too short or long, off the pattern, format or duration bounds, out of the enum. */
function invalidString(schema: Schema): fc.Arbitrary<unknown>[] {
  const breaks: fc.Arbitrary<unknown>[] = [];
  const max = num(schema.maxLength);
  if (max !== undefined) breaks.push(fc.constant('x'.repeat(max + 1)));
  if (num(schema.minLength)) breaks.push(fc.constant(''));
  if (schema.enum) breaks.push(fc.string().filter((s) => !schema.enum!.includes(s)));
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern);
    breaks.push(fc.string({ maxLength: Math.min(max ?? 40, 40) }).filter((s) => !pattern.test(s)));
  }
  if (schema.format) breaks.push(fc.constant('not a valid one'));
  if (schema.duration) {
    const fits = (s: string) => s.length <= (max ?? Infinity);
    breaks.push(durationStrings(schema.pattern!, schema.duration, fits).invalid);
  }
  return breaks;
}

/** Numbers the schema refuses: past a bound, a fraction where it wants an integer. */
function invalidNumber(schema: Schema): fc.Arbitrary<unknown>[] {
  const breaks: fc.Arbitrary<unknown>[] = [];
  const min = num(schema.minimum) ?? num(schema.exclusiveMinimum);
  const max = num(schema.maximum) ?? num(schema.exclusiveMaximum);
  if (min !== undefined) breaks.push(fc.integer({ min: -1_000_000, max: -1 }).map((below) => min + below));
  if (max !== undefined) breaks.push(fc.integer({ min: 1, max: 1_000_000 }).map((above) => max + above));
  if (schema.type === 'integer') {
    // Small enough that the half stays a fraction in floating point.
    const [lo, hi] = [Math.max(min ?? -1e9, -1e9), Math.min(max ?? 1e9, 1e9)];
    breaks.push(fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) }).map((n) => n + 0.5));
  }
  return breaks;
}

function invalidBigint(bounds: Record<string, string>): fc.Arbitrary<unknown>[] {
  const { min, max } = bigintBounds(bounds);
  const breaks: fc.Arbitrary<unknown>[] = [validValue({ bigint: bounds }).map(Number)];
  if (min !== undefined) breaks.push(fc.bigInt({ min: 1n, max: 10n ** 6n }).map((below) => min - below));
  if (max !== undefined) breaks.push(fc.bigInt({ min: 1n, max: 10n ** 6n }).map((above) => max + above));
  return breaks;
}

function invalidArray(schema: Schema): fc.Arbitrary<unknown>[] {
  const breaks: fc.Arbitrary<unknown>[] = [];
  const minItems = num(schema.minItems);
  const maxItems = num(schema.maxItems);
  if (minItems) breaks.push(fc.constant([]));
  if (maxItems !== undefined)
    breaks.push(validValue(schema.items!).map((item) => Array.from({ length: maxItems + 1 }, () => item)));
  breaks.push(
    fc
      .tuple(validValue({ ...schema, minItems: Math.max(minItems ?? 0, 1) }), invalidValue(schema.items!))
      .map(([items, wrong]) => [...(items as unknown[]).slice(1), wrong]),
  );
  return breaks;
}

function invalidObject(schema: Schema, base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown>[] {
  if (!schema.properties) return [];
  const valid = base as fc.Arbitrary<Record<string, unknown>>;
  const breaks: fc.Arbitrary<unknown>[] = [];
  for (const key of schema.required ?? []) {
    breaks.push(valid.map(({ [key]: _left, ...rest }) => rest));
  }
  if (schema.additionalProperties === false) breaks.push(valid.map((value) => ({ ...value, [UNKNOWN_FIELD]: true })));
  for (const [key, sub] of Object.entries(schema.properties)) {
    breaks.push(fc.tuple(valid, invalidValue(sub)).map(([value, wrong]) => ({ ...value, [key]: wrong })));
  }
  return breaks;
}

/**
 * A union's values broken in one place, where no other branch can take them: branches of distinct JSON types (a
 * number or a duration's text), or objects told apart by a required constant (a discriminated union). Otherwise only
 * a value of the wrong type.
 */
function invalidUnion(branches: Schema[]): fc.Arbitrary<unknown>[] {
  const types = branches.map((branch) => branch.type);
  const distinctTypes = types.every((type) => typeof type === 'string') && new Set(types).size === types.length;
  const discriminated = Object.keys(branches[0]?.properties ?? {}).some((key) => {
    const consts = branches.map((branch) =>
      branch.required?.includes(key) ? branch.properties?.[key]?.const : undefined,
    );
    return consts.every((value) => typeof value === 'string') && new Set(consts).size === consts.length;
  });
  return distinctTypes || discriminated ? branches.flatMap((branch) => breaksOf(branch, validValue(branch))) : [];
}

/** The ways to break a value of the schema in one place, but for giving it the wrong type. */
function breaksOf(schema: Schema, base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown>[] {
  checkKeywords(schema);
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return invalidUnion(branches);
  if (typeof schema.const === 'string') return [fc.constant(`${schema.const}?`)];
  if (schema.const !== undefined) throw new Error(`${schema.$id ?? 'a schema'} has a non-text const: teach wire-fuzz`);
  if (schema.instanceof === 'Date') return [fc.date({ noInvalidDate: true }).map((d) => d.toISOString())];
  if (schema.bigint) return invalidBigint(schema.bigint);
  // A value of several types (text or null): breaking it as one type may make it fit another.
  if (Array.isArray(schema.type)) return [];
  if (schema.type === 'string') return invalidString(schema);
  if (schema.type === 'integer' || schema.type === 'number') return invalidNumber(schema);
  if (schema.type === 'array') return invalidArray(schema);
  if (schema.type === 'object') return invalidObject(schema, base);
  return [];
}

/**
 * Values the schema refuses, each breaking one rule in one place (the value itself, or one field deep inside), from
 * `base`, valid values of the schema (by default any).
 */
export function invalidValue(schema: Schema, base: fc.Arbitrary<unknown> = validValue(schema)): fc.Arbitrary<unknown> {
  return fc.oneof(fc.constant(wrongType(schema)), ...breaksOf(schema, base));
}
