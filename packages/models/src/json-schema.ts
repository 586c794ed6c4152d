import { z } from 'zod';
import { wireContract, type WireKind } from './contract';

/** A JSON Schema document (draft 2020-12) as plain JSON. */
export type JsonSchema = Record<string, unknown>;

// Keywords JSON Schema lacks (`patternMessage`, `instanceof`, `bigint`, `duration`) are zod metadata, declared
// beside the schema (see fields.ts): z.toJSONSchema writes them out, and build-validators.ts compiles them.

/** A Date or a bigint is stated by the keyword its metadata declares; without one, zod's own refusal. */
const SUPERJSON_KEYWORDS = ['instanceof', 'bigint'];

/**
 * A schema the published JSON Schema would state otherwise than zod checks it is refused at build, instead of being
 * checked two ways: a type JSON Schema lacks (a transform, a map, a Date or a bigint without its keyword), and a pipe,
 * of which only the input side would be stated. A refinement or an overwrite (`.refine`, `.trim`) leaves no trace in
 * the JSON Schema, so eslint keeps them out of this package (bar the cross-field and duration checks, stated apart).
 */
export function toJsonSchema(schema: z.ZodType, id: string): JsonSchema {
  const converted = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: ({ zodSchema, message }) => {
      const meta = z.globalRegistry.get(zodSchema);
      if (SUPERJSON_KEYWORDS.some((keyword) => meta && keyword in meta)) return 'any';
      throw new Error(`${id}: ${message}`);
    },
    override: ({ zodSchema }) => {
      if (zodSchema instanceof z.ZodPipe) throw new Error(`${id}: a pipe has no JSON Schema`);
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
