import { z } from 'zod';

// Field rules that several wire types share. Every rule here is one JSON Schema can state (see json-schema.ts), so
// the worker's compiled validators and zod in the starter and activities enforce exactly the same thing.

/** Text with at least one non-space character, at most `max` characters. */
export const nonBlank = (max: number) =>
  z.string().max(max, `must be at most ${max} characters`).regex(/\S/, 'must not be blank');

/** A whole number from `min` to `max`. */
export const wholeNumber = (min: number, max: number) => z.number().int().min(min).max(max);

/** A path on the worker's machine. */
export const filePath = nonBlank(4_096);
