import { defaultPayloadConverter } from '@temporalio/common';
import { CORRELATION_HEADER, readCorrelationHeader, withCorrelationHeader } from './header';

const encoded = (value: unknown) => ({ [CORRELATION_HEADER]: defaultPayloadConverter.toPayload(value) });

test('the header is the id as a json/plain string, read back as it was written', () => {
  const headers = withCorrelationHeader({}, 'demo-1');
  expect(Buffer.from(headers[CORRELATION_HEADER]?.metadata?.encoding ?? []).toString()).toBe('json/plain');
  expect(Buffer.from(headers[CORRELATION_HEADER]?.data ?? []).toString()).toBe('"demo-1"');
  expect(readCorrelationHeader(headers)).toEqual({ id: 'demo-1' });
});

test('no header is no reading; a malformed one is a problem, never a throw', () => {
  expect(readCorrelationHeader({})).toBeUndefined();
  expect(readCorrelationHeader(encoded(42))).toEqual({ problem: 'not a string (number)' });
  expect(readCorrelationHeader(encoded('a b'))).toEqual({
    problem: expect.stringContaining('printable ASCII') as unknown,
  });
  expect(readCorrelationHeader(encoded('x'.repeat(129)))).toEqual({
    problem: expect.stringContaining('1 to 128') as unknown,
  });
  const garbage = {
    [CORRELATION_HEADER]: { metadata: { encoding: Buffer.from('json/plain') }, data: Buffer.from('{') },
  };
  expect(readCorrelationHeader(garbage)).toEqual({ problem: expect.stringContaining('unreadable payload') as unknown });
});

test('a header the caller set itself is kept', () => {
  const own = encoded('set-by-caller');
  expect(readCorrelationHeader(withCorrelationHeader(own, 'other'))).toEqual({ id: 'set-by-caller' });
});
