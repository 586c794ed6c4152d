import { z } from 'zod';

// Field rules that several wire types share. Every rule here is one JSON Schema can state (see json-schema.ts), so
// the worker's compiled validators and zod in the starter and activities enforce exactly the same thing. A keyword
// JSON Schema lacks is declared here as metadata, which z.toJSONSchema writes out and build-validators.ts compiles.

/** Text matching `pattern`; its message is published as `patternMessage`, so the validators refuse in its words. */
export const matching = (pattern: RegExp, message: string, text = z.string()) =>
  text.regex(pattern, message).meta({ patternMessage: message });

/** Text with at least one non-space character, at most `max` characters. */
export const nonBlank = (max: number) =>
  matching(/\S/, 'must not be blank', z.string().max(max, `must be at most ${max} characters`));

/** A whole number from `min` to `max`. */
export const wholeNumber = (min: number, max: number) => z.number().int().min(min).max(max);

/** A path on the worker's machine. */
export const filePath = nonBlank(4_096);

// Date and bigint travel as superjson (`json/superjson` payloads, see @reference/data-converter); JSON Schema has
// neither, so each is published as a keyword of its own: `instanceof: "Date"`, `bigint: { exclusiveMinimum, maximum }`
// (decimal strings). Registered on the bare `z.date()`/`z.bigint()` (`.meta` would register a copy), so every schema
// built from it carries the keyword, as json-schema.ts checks.

/** A Date. */
export const superjsonDate = () =>
  z
    .date()
    .register(z.globalRegistry, { instanceof: 'Date', description: 'a Date, carried by a json/superjson payload' });

/** A bigint above `least`, at most `most`. */
export const superjsonBigint = (least: bigint, most: bigint) =>
  z
    .bigint()
    .register(z.globalRegistry, {
      bigint: { exclusiveMinimum: least.toString(), maximum: most.toString() },
      description: 'a bigint, carried by a json/superjson payload',
    })
    .gt(least, `must be more than ${least}`)
    .max(most, 'is too large');
