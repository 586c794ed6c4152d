import { z } from 'zod';
import { crossFieldRules } from './cross-field-rules';

/** The checks made by crossFieldCheck: json-schema.ts lets these through (wire.ts runs the same rule). */
export const crossFieldChecks = new WeakSet<object>();

/** The cross-field rule of a wire id as a zod check, so zod refuses what the worker refuses. */
export function crossFieldCheck<T>(wireId: string): z.core.$ZodCheck<T> {
  const rule = crossFieldRules[wireId]!;
  const check = z.superRefine<T>((value, ctx) => {
    const problem = rule(value as never);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
  crossFieldChecks.add(check);
  return check;
}
