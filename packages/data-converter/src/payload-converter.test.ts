import { defaultPayloadConverter } from '@temporalio/common';
import { decode } from './utf8';
import { payloadConverter } from './payload-converter';

const encodingOf = (value: unknown) => decode(payloadConverter.toPayload(value).metadata!.encoding!);
const roundTrip = <T>(value: T): T => payloadConverter.fromPayload<T>(payloadConverter.toPayload(value));

test('keeps the types plain JSON loses', () => {
  const value = {
    dueDate: new Date('2026-12-01T09:30:00.123Z'),
    amountCents: 12_345_678_901_234_567_890n,
    tags: new Set(['vip']),
    lines: new Map([['sku-1', 2]]),
    nested: [{ at: new Date(0) }],
  };
  const back = roundTrip(value);
  expect(back).toEqual(value);
  expect(back.dueDate).toBeInstanceOf(Date);
  expect(typeof back.amountCents).toBe('bigint');
  expect(encodingOf(value)).toBe('json/superjson');
});

test('writes plain JSON when nothing would be lost, so other SDKs, the CLI and the Web UI read it as usual', () => {
  const value = { name: 'Ada', count: 3, tags: ['a'] };
  const payload = payloadConverter.toPayload(value);
  expect(decode(payload.metadata!.encoding!)).toBe('json/plain');
  expect(defaultPayloadConverter.fromPayload(payload)).toEqual(value);
  expect(encodingOf('Hello, my name!')).toBe('json/plain');
});

test('reads json/plain written by the default converter (any SDK, the CLI)', () => {
  expect(payloadConverter.fromPayload(defaultPayloadConverter.toPayload({ a: [1, 'two'] }))).toEqual({ a: [1, 'two'] });
});

test('still takes undefined and bytes as the default converter does', () => {
  expect(encodingOf(undefined)).toBe('binary/null');
  expect(encodingOf(new Uint8Array([1, 2]))).toBe('binary/plain');
  expect(roundTrip(new Uint8Array([1, 2]))).toEqual(new Uint8Array([1, 2]));
});

test('the default converter would have lost the Date: the reason this converter exists', () => {
  const plain = defaultPayloadConverter.fromPayload<{ at: unknown }>(
    defaultPayloadConverter.toPayload({ at: new Date(0) }),
  );
  expect(plain.at).toBe('1970-01-01T00:00:00.000Z');
});
