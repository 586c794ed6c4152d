import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonSchemaFile, publishedJsonSchemas } from './published-json-schemas';

/** `pnpm --filter @reference/models write-json-schemas`: writes json-schema/<kind>/<name>.json from the contract. */
for (const [id, text] of publishedJsonSchemas()) {
  const file = jsonSchemaFile(id);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
