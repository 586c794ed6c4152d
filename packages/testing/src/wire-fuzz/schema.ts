import type { JsonSchema } from '@reference/models';

/** The part of JSON Schema (and of the contract's own keywords) the published wire schemas use. */
export type Schema = JsonSchema & {
  $id?: string;
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  const?: unknown;
  enum?: unknown[];
  pattern?: string;
  format?: string;
  instanceof?: string;
  bigint?: Record<string, string>;
  duration?: { minimum: number; maximum: number };
};

const KNOWN = new Set([
  ...['$id', '$schema', 'description', 'patternMessage', 'type', 'properties', 'required', 'additionalProperties'],
  ...['propertyNames', 'items', 'minItems', 'maxItems', 'anyOf', 'oneOf', 'const', 'enum', 'pattern', 'format'],
  ...['minLength', 'maxLength', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'instanceof'],
  ...['bigint', 'duration'],
]);

/** Lists drawn no longer than this: a list of ten thousand adds nothing a short one does not. */
export const MAX_DRAWN_ITEMS = 4;

/** Fails loudly on a keyword the generator does not know, instead of drawing values that ignore it. */
export function checkKeywords(schema: Schema): void {
  const unknown = Object.keys(schema).filter((key) => !KNOWN.has(key));
  if (unknown.length > 0) throw new Error(`${schema.$id ?? 'a schema'} uses ${unknown.join(', ')}: teach wire-fuzz`);
  // Every JSON key is a string: a propertyNames schema asking more would be a rule the generator does not keep.
  if (schema.propertyNames && JSON.stringify(schema.propertyNames) !== '{"type":"string"}') {
    throw new Error(`${schema.$id ?? 'a schema'} constrains its property names: teach wire-fuzz`);
  }
}

export const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);

/** The JSON types a schema (or any branch of its union) takes. */
export function typesOf(schema: Schema): string[] {
  const branches = schema.anyOf ?? schema.oneOf;
  if (branches) return branches.flatMap(typesOf);
  if (schema.instanceof || schema.bigint) return ['object'];
  return typeof schema.type === 'string' ? [schema.type] : (schema.type ?? []);
}
