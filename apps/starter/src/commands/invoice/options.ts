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
