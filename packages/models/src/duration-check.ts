import { z } from 'zod';
import { DURATION_BOUNDS, DURATION_BOUNDS_MESSAGE, durationMs } from './duration';

/**
 * `text` with its length within DURATION_BOUNDS, read as the SDK reads it; published as the `duration` keyword
 * (`{ minimum, maximum }` in milliseconds), which build-validators.ts compiles to the same reading.
 */
export function withinDurationBounds(text: z.ZodString): z.ZodString {
  return text
    .meta({
      duration: { ...DURATION_BOUNDS },
      description: `a duration the SDK reads (ms package syntax), ${DURATION_BOUNDS_MESSAGE.replace('must be ', '')}`,
    })
    .check(
      z.superRefine<string>((value, ctx) => {
        const ms = durationMs(value);
        if (!(ms >= DURATION_BOUNDS.minimum && ms <= DURATION_BOUNDS.maximum)) {
          ctx.addIssue({ code: 'custom', message: DURATION_BOUNDS_MESSAGE });
        }
      }),
    );
}
