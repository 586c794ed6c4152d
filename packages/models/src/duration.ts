// Durations as the SDK reads them. No zod here: the worker's compiled validators call durationMs (see
// build-validators.ts), and workflow code reaches it through '@reference/models/wire'.

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Every unit the SDK's duration parser (the `ms` package) reads, in any case, with its length in milliseconds. */
const UNIT_MS: Record<string, number> = {
  ...Object.fromEntries(['milliseconds', 'millisecond', 'msecs', 'msec', 'ms'].map((unit) => [unit, 1])),
  ...Object.fromEntries(['seconds', 'second', 'secs', 'sec', 's'].map((unit) => [unit, SECOND])),
  ...Object.fromEntries(['minutes', 'minute', 'mins', 'min', 'm'].map((unit) => [unit, MINUTE])),
  ...Object.fromEntries(['hours', 'hour', 'hrs', 'hr', 'h'].map((unit) => [unit, HOUR])),
  ...Object.fromEntries(['days', 'day', 'd'].map((unit) => [unit, DAY])),
  ...Object.fromEntries(['weeks', 'week', 'w'].map((unit) => [unit, 7 * DAY])),
  ...Object.fromEntries(['years', 'year', 'yrs', 'yr', 'y'].map((unit) => [unit, 365.25 * DAY])),
};

/** The longest duration `ms` reads: it refuses longer text. */
export const DURATION_MAX_LENGTH = 100;

/** The shortest and the longest duration the contract takes: a millisecond, a year as the SDK counts it. */
export const DURATION_BOUNDS = { minimum: 1, maximum: UNIT_MS.year! } as const;
export const DURATION_BOUNDS_MESSAGE = 'must be from 1 ms to a year';

const caseless = (word: string) => [...word].map((c) => `[${c}${c.toUpperCase()}]`).join('');

/**
 * `ms`'s grammar without its minus sign (no duration here may be negative): a decimal number, spaces, then one of
 * its units in any case, or none (milliseconds). Spelled without flags, as JSON Schema's `pattern` has none.
 */
export const DURATION_PATTERN = `^\\d*\\.?\\d+ *(?:${Object.keys(UNIT_MS).map(caseless).join('|')})?$`;

/** The duration in milliseconds as the SDK reads `text`, or NaN if the SDK would refuse it. */
export function durationMs(text: string): number {
  const match = /^(\d*\.?\d+) *([a-z]*)$/i.exec(text);
  const unit = (match?.[2] || 'ms').toLowerCase();
  if (!match || text.length > DURATION_MAX_LENGTH || !Object.hasOwn(UNIT_MS, unit)) return Number.NaN;
  return Number.parseFloat(match[1]!) * UNIT_MS[unit]!;
}
