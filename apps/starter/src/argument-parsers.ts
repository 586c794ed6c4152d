import path from 'node:path';
import { InvalidArgumentError } from 'commander';
import { z } from 'zod';

// Parsers for commander: a bad value stops the command with one line, before anything connects or starts.

export function parseWith<T>(schema: z.ZodType<T>, message: string) {
  return (value: string): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new InvalidArgumentError(message);
    return parsed.data;
  };
}

export const positiveInteger = parseWith(z.coerce.number().int().positive(), 'expected a whole number above 0.');

/**
 * A path on the worker's machine, made absolute so a worker started elsewhere reads the same file. Relative to
 * where the user typed the command: `pnpm --filter starter start` runs us in apps/starter but sets INIT_CWD.
 */
export const filePath = parseWith(
  z
    .string()
    .trim()
    .min(1)
    .transform((p) => path.resolve(process.env.INIT_CWD ?? process.cwd(), p)),
  'expected a non-empty path.',
);
