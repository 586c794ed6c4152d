import { z } from 'zod';
import { wireContract, type WireKind } from './contract';
import { crossFieldChecks } from './cross-field-check';
import { DURATION_BOUNDS, DURATION_BOUNDS_MESSAGE } from './duration';
import { durationChecks } from './duration-check';

/** A JSON Schema document (draft 2020-12) as plain JSON. */
export type JsonSchema = Record<string, unknown>;

// zod kinds JSON Schema cannot state: a wire schema using one would be checked one way by zod and another way by
// the compiled validators, so converting it is an error instead.
const UNREPRESENTABLE_CHECKS = new Set(['custom', 'overwrite']);
const UNREPRESENTABLE_TYPES = new Set(['transform', 'pipe', 'custom', 'promise', 'function', 'map', 'set']);

interface CheckDef {
  check: string;
  value?: bigint;
  inclusive?: boolean;
  format?: string;
  error?: (issue: object) => unknown;
}

interface ZodInternals {
  def: { type: string; checks?: Array<{ _zod: { def: CheckDef } }> };
}

/**
 * A pattern's own message (`regex(/\S/, 'must not be blank')`) as the `patternMessage` annotation, so a refusal
 * reads as the schema's author wrote it rather than as the regular expression.
 */
function patternMessage(internals: ZodInternals, jsonSchema: JsonSchema): void {
  const regex = internals.def.checks?.find(({ _zod }) => _zod.def.format === 'regex' && _zod.def.error);
  const message = regex?._zod.def.error?.({});
  if (typeof message === 'string') jsonSchema.patternMessage = message;
}

/**
 * Date and bigint travel as superjson (`json/superjson` payloads, see @reference/data-converter): each becomes a
 * custom keyword (`instanceof: "Date"`, `bigint: { minimum?, maximum?, exclusiveMinimum? }` as decimal strings) that
 * the worker's validators understand.
 */
function superjsonKeywords(internals: ZodInternals, jsonSchema: JsonSchema): void {
  if (internals.def.type === 'date') {
    jsonSchema.instanceof = 'Date';
    jsonSchema.description = 'a Date, carried by a json/superjson payload';
  }
  if (internals.def.type === 'bigint') {
    const bounds: Record<string, string> = {};
    for (const { _zod } of internals.def.checks ?? []) {
      const { check, value, inclusive } = _zod.def;
      if (value === undefined) continue;
      if (check === 'greater_than') bounds[inclusive ? 'minimum' : 'exclusiveMinimum'] = value.toString();
      if (check === 'less_than') bounds[inclusive ? 'maximum' : 'exclusiveMaximum'] = value.toString();
    }
    jsonSchema.bigint = bounds;
    jsonSchema.description = 'a bigint, carried by a json/superjson payload';
  }
}

/**
 * A duration string's bounds, read as the SDK reads it (see duration.ts): the `duration` keyword, which the worker's
 * validators understand, as `{ minimum, maximum }` in milliseconds.
 */
function durationKeyword(jsonSchema: JsonSchema): void {
  jsonSchema.duration = { ...DURATION_BOUNDS };
  jsonSchema.description = `a duration the SDK reads (ms package syntax), ${DURATION_BOUNDS_MESSAGE.replace('must be ', '')}`;
}

export function toJsonSchema(schema: z.ZodType, id: string): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const internals = (zodSchema as unknown as { _zod: ZodInternals })._zod;
      if (UNREPRESENTABLE_TYPES.has(internals.def.type))
        throw new Error(`${id}: a ${internals.def.type} has no JSON Schema`);
      const check = internals.def.checks?.find(
        (candidate) =>
          UNREPRESENTABLE_CHECKS.has(candidate._zod.def.check) &&
          !crossFieldChecks.has(candidate) &&
          !durationChecks.has(candidate),
      );
      if (check) throw new Error(`${id}: a ${check._zod.def.check} check has no JSON Schema`);
      if (internals.def.checks?.some((candidate) => durationChecks.has(candidate))) durationKeyword(jsonSchema);
      superjsonKeywords(internals, jsonSchema);
      patternMessage(internals, jsonSchema);
    },
  }) as JsonSchema;
  return { $id: id, ...converted };
}

/** The id (and file name, under json-schema/) of one wire type's schema: `workflow/OrderWorkflow`. */
export function wireId(kind: WireKind, name: string): string {
  return `${kind}/${name}`;
}

/** Every wire type's JSON Schema, by id. */
export function wireJsonSchemas(): Map<string, JsonSchema> {
  const schemas = new Map<string, JsonSchema>();
  for (const [kind, entries] of Object.entries(wireContract) as Array<[WireKind, Record<string, z.ZodType>]>) {
    for (const [name, schema] of Object.entries(entries)) {
      const id = wireId(kind, name);
      schemas.set(id, toJsonSchema(schema, id));
    }
  }
  return schemas;
}
