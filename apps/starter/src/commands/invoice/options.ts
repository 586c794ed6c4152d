import { InvalidArgumentError } from 'commander';

/** "123.45" → 12345n: money never goes through a float. */
export function cents(value: string): bigint {
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError('an amount like 123.45.');
  return BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** 12345n → "123.45", the way `cents` reads it. */
export function amount(value: bigint): string {
  return `${value / 100n}.${(value % 100n).toString().padStart(2, '0')}`;
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
