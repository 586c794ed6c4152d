import { z } from 'zod';
import { DURATION_BOUNDS, DURATION_BOUNDS_MESSAGE, durationMs } from './duration';

/** The checks made by durationBoundsCheck: json-schema.ts states each as the `duration` keyword. */
export const durationChecks = new WeakSet<object>();

/** A duration string's length within DURATION_BOUNDS, read as the SDK reads it. */
export function durationBoundsCheck(): z.core.$ZodCheck<string> {
  const check = z.superRefine<string>((text, ctx) => {
    const ms = durationMs(text);
    if (!(ms >= DURATION_BOUNDS.minimum && ms <= DURATION_BOUNDS.maximum)) {
      ctx.addIssue({ code: 'custom', message: DURATION_BOUNDS_MESSAGE });
    }
  });
  durationChecks.add(check);
  return check;
}
