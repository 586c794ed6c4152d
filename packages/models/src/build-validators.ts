import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { _, type KeywordCxt } from 'ajv/dist/2020';
import standaloneCode from 'ajv/dist/standalone';
import type { z } from 'zod';
import { wireContract, type WireKind } from './contract';
import { DURATION_BOUNDS_MESSAGE, durationMs } from './duration';
import { type JsonSchema, wireId, wireJsonSchemas } from './json-schema';

/**
 * The `duration` keyword json-schema.ts adds: the text's length as the SDK reads it, within bounds. The generated
 * code calls duration.ts's parser, which build writes beside the validators.
 */
function addDurationKeyword(ajv: Ajv2020): void {
  ajv.addKeyword({
    keyword: 'duration',
    type: 'string',
    schemaType: 'object',
    code: (cxt: KeywordCxt) => {
      const { minimum, maximum } = cxt.schema as { minimum: number; maximum: number };
      const parse = cxt.gen.scopeValue('func', { ref: durationMs, code: _`require("./duration").durationMs` });
      const ms = cxt.gen.const('ms', _`${parse}(${cxt.data})`);
      cxt.fail(_`!(${ms} >= ${minimum} && ${ms} <= ${maximum})`);
    },
    error: { message: DURATION_BOUNDS_MESSAGE },
  });
}

/** The keywords json-schema.ts adds for values superjson carries (Date, bigint), as code in the validators. */
function addSuperjsonKeywords(ajv: Ajv2020): void {
  // An annotation (see json-schema.ts): no code, its messages go into the module beside the validators.
  ajv.addKeyword({ keyword: 'patternMessage', schemaType: 'string' });
  ajv.addKeyword({
    keyword: 'instanceof',
    schemaType: 'string',
    code: (cxt: KeywordCxt) => cxt.fail(_`!(${cxt.data} instanceof Date) || Number.isNaN(${cxt.data}.getTime())`),
    error: { message: 'must be a valid Date' },
  });
  ajv.addKeyword({
    keyword: 'bigint',
    schemaType: 'object',
    code: (cxt: KeywordCxt) => {
      cxt.fail(_`typeof ${cxt.data} !== "bigint"`);
      const { minimum, exclusiveMinimum, maximum, exclusiveMaximum } = cxt.schema as Record<string, string | undefined>;
      if (minimum !== undefined) cxt.fail(_`${cxt.data} < BigInt(${minimum})`);
      if (exclusiveMinimum !== undefined) cxt.fail(_`${cxt.data} <= BigInt(${exclusiveMinimum})`);
      if (maximum !== undefined) cxt.fail(_`${cxt.data} > BigInt(${maximum})`);
      if (exclusiveMaximum !== undefined) cxt.fail(_`${cxt.data} >= BigInt(${exclusiveMaximum})`);
    },
    error: { message: 'must be a bigint within its bounds' },
  });
}

/**
 * zod checks a string's format by the pattern it writes beside it (`z.email()`: `format: "email"` and zod's own
 * pattern): the pattern is the rule, the format its name. So the validators check the pattern, as zod does, and take
 * each format as an annotation; asserting it too (the usual email format, say) would refuse addresses zod accepts. A format
 * without a pattern would have no rule here: refused at build.
 */
function addFormatsAsAnnotations(ajv: Ajv2020, schemas: JsonSchema[]): void {
  const formats = new Set<string>();
  JSON.stringify(schemas, (_key, value: unknown) => {
    const node = value as { format?: unknown; pattern?: unknown };
    if (node && typeof node === 'object' && typeof node.format === 'string') {
      if (typeof node.pattern !== 'string') throw new Error(`format ${node.format} comes without zod's pattern`);
      formats.add(node.format);
    }
    return value;
  });
  for (const format of formats) ajv.addFormat(format, true);
}

/**
 * Run by `build`: compiles every wire schema into plain validator functions (ajv's standalone code), so workflow code
 * checks its inputs without evaluating zod: the SDK evaluates a workflow's modules once per workflow, and zod with
 * the schemas cost ~18 ms of CPU each time (BENCHMARKS.md). The output is dist/wire-validators.js.
 */
function main(): void {
  const ajv = new Ajv2020({ code: { source: true }, strict: true, allErrors: false });
  addDurationKeyword(ajv);
  const schemas = wireJsonSchemas();
  addFormatsAsAnnotations(ajv, [...schemas.values()]);
  addSuperjsonKeywords(ajv);
  for (const schema of schemas.values()) ajv.addSchema(schema);
  const exportsById = Object.fromEntries([...schemas.keys()].map((id) => [id, id]));
  const patternMessages: Record<string, string> = {};
  JSON.stringify([...schemas.values()], (key, value: unknown) => {
    const node = value as { pattern?: string; patternMessage?: string };
    if (node && typeof node === 'object' && node.pattern && node.patternMessage) {
      patternMessages[node.pattern] = node.patternMessage;
    }
    return value;
  });
  const optional = Object.entries(wireContract).flatMap(([kind, entries]) =>
    Object.entries(entries as Record<string, z.ZodType>)
      .filter(([, schema]) => schema.safeParse(undefined).success)
      .map(([name]) => wireId(kind as WireKind, name)),
  );
  // A factory rather than the validators themselves: the worker preloads wire.js, and the SDK freezes preloaded
  // modules' exports, while an ajv validator writes its `errors` property on every call. wire.js calls the factory
  // once and keeps the validators to itself.
  const validators = standaloneCode(ajv, exportsById).replace(/^"use strict";/, '');
  const code =
    `"use strict";\n// Generated by build-validators.ts from the wire contract.\n` +
    `module.exports = function createValidators() {\nconst exports = {};\n${validators}\n` +
    `exports.optional = ${JSON.stringify(optional)};\nexports.patternMessages = ${JSON.stringify(patternMessages)};\n` +
    `return exports;\n};\n`;
  const target = path.join(__dirname, 'wire-validators.js');
  writeFileSync(target, code);
  console.log(`wrote ${path.relative(process.cwd(), target)} (${Object.keys(exportsById).length} validators)`);
}

main();
