import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { UserError } from './user-error';

/** Inputs larger than this are refused before anything connects: the server's own limit is 2 MB per payload. */
export const MAX_INPUT_BYTES = 64 * 1024;

/** What the input is called in errors, and an example of a valid one. */
export interface InputDescription {
  what: string;
  example: string;
}

/** Checks `value` against `schema`; the first problem, naming its field, becomes a one-line UserError. */
export function validate<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.length ? ` field '${issue.path.join('.')}':` : '';
  throw new UserError(`${what} is invalid:${field} ${issue?.message ?? 'rejected'}`);
}

/**
 * Parses a JSON argument, given inline or as `@file` (a path relative to where the command was typed: pnpm runs the
 * starter in apps/starter and says where in INIT_CWD): a missing file, empty, oversized or malformed text is a
 * one-line UserError, then `schema` decides.
 */
export function parseJsonInput<T>(schema: z.ZodType<T>, argument: string, { what, example }: InputDescription): T {
  const text = argument.startsWith('@') ? readArgumentFile(argument.slice(1), what) : argument;
  const bytes = Buffer.byteLength(text);
  if (text.trim() === '') throw new UserError(`${what} is empty: give it as JSON, for example '${example}'`);
  if (bytes > MAX_INPUT_BYTES)
    throw new UserError(`${what} is ${bytes} bytes; at most ${MAX_INPUT_BYTES} are accepted`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UserError(`${what} is not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  return validate(schema, value, what);
}

function readArgumentFile(file: string, what: string): string {
  const resolved = path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
  try {
    return readFileSync(resolved, 'utf8');
  } catch (err) {
    throw new UserError(`cannot read ${what} from ${file} (${(err as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
}
