import { type Duration, msToNumber } from '@temporalio/common';
import fc from 'fast-check';

/** The length of `text` as the SDK reads it (the `ms` parser), NaN for text it refuses. */
function sdkMs(text: string): number {
  try {
    return msToNumber(text as Duration);
  } catch {
    return Number.NaN;
  }
}

/**
 * Duration text for the `duration` keyword (a length within bounds, as the SDK reads it): strings of the schema's
 * pattern (the SDK's grammar) that the SDK itself reads within the bounds or outside them, and the bounds written in
 * milliseconds, just inside and just outside.
 */
export function durationStrings(
  pattern: string,
  bounds: { minimum: number; maximum: number },
  fits: (text: string) => boolean,
) {
  const within = (text: string) => {
    const ms = sdkMs(text);
    return ms >= bounds.minimum && ms <= bounds.maximum;
  };
  const grammar = fc.stringMatching(new RegExp(pattern)).filter(fits);
  return {
    valid: fc.oneof(grammar.filter(within), fc.constantFrom(`${bounds.minimum}`, `${bounds.maximum}`)),
    invalid: fc.oneof(
      grammar.filter((text) => !Number.isNaN(sdkMs(text)) && !within(text)),
      fc.constantFrom(`${bounds.minimum - 1}`, `${bounds.maximum + 1}`),
    ),
  };
}
