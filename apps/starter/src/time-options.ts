import { InvalidArgumentError } from 'commander';
import ms, { type StringValue } from 'ms';

// Times and durations as options take them, each refused in one line naming the form it wants.

/** Milliseconds in a duration as Temporal reads one (the SDK parses durations with `ms` too) ('30s', '5m', '1h', '1 day', '2 hours'); 0 if it is none. */
export function millisecondsIn(duration: string): number {
  try {
    const milliseconds = ms(duration as StringValue);
    return Number.isFinite(milliseconds) ? milliseconds : 0;
  } catch {
    return 0;
  }
}

/** An option's positive duration, in milliseconds: commander's parser, naming the form on anything else. */
export function durationOption(value: string): number {
  const milliseconds = millisecondsIn(value.trim());
  if (!(milliseconds > 0)) throw new InvalidArgumentError("give a duration such as '2s', '500ms', '5m' or '1h'.");
  return milliseconds;
}

/** "2026-12-31" → midnight UTC that day; any other spelling (31/12/2026, 2026-02-30) is refused, naming the form. */
export function calendarDate(value: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : undefined;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new InvalidArgumentError('a date like 2026-12-31.');
  }
  return date;
}

/** An ISO 8601 date-time with its zone ("2026-12-31T09:30:00Z"), or a date alone (midnight UTC). */
export function instant(value: string): Date {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return calendarDate(value);
  const zoned = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([zZ]|[+-]\d{2}:\d{2})$/.test(value);
  const date = zoned ? new Date(value) : undefined;
  if (!date || Number.isNaN(date.getTime())) {
    throw new InvalidArgumentError('a time like 2026-12-31T09:30:00Z or a date like 2026-12-31.');
  }
  return date;
}
