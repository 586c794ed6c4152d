import { z } from 'zod';
import { crossFieldRules } from './cross-field-rules';

/**
 * The cross-field rule of a wire id as a zod check, so zod refuses what the worker refuses. JSON Schema cannot state
 * it: wire.ts runs the same rule after the compiled validator.
 */
export function crossFieldCheck<T>(wireId: string): z.core.$ZodCheck<T> {
  const rule = crossFieldRules[wireId]!;
  return z.superRefine<T>((value, ctx) => {
    const problem = rule(value as never);
    if (problem) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message });
  });
}
