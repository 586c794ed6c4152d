import path from 'node:path';
import { wireJsonSchemas } from './json-schema';

/** Where a wire type's published JSON Schema lives: json-schema/<kind>/<name>.json in this package. */
export function jsonSchemaFile(id: string): string {
  return path.join(__dirname, '..', 'json-schema', `${id}.json`);
}

/** Each wire type's JSON Schema as the text of its published file. */
export function publishedJsonSchemas(): Map<string, string> {
  return new Map([...wireJsonSchemas()].map(([id, schema]) => [id, `${JSON.stringify(schema, null, 2)}\n`]));
}
