import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { payloadConverter } from '@reference/data-converter';
import { loadCodecServerConfig } from './config';
import { toJson } from './payload-json';
import { serve } from './serve.test-helpers';

const { maxBodyBytes, maxPayloads } = loadCodecServerConfig({});
let server: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  server = await serve(`k1:${randomBytes(32).toString('base64')}`);
});
afterAll(() => server?.stop());

const encode = (count: number) =>
  fetch(`${server.url}/encode`, {
    method: 'POST',
    body: JSON.stringify({ payloads: Array.from({ length: count }, () => toJson(payloadConverter.toPayload('x'))) }),
  });

test(`${maxPayloads} payloads in one request pass; one more is a 413`, async () => {
  expect((await encode(maxPayloads)).status).toBe(200);
  const over = await encode(maxPayloads + 1);
  expect(over.status).toBe(413);
  expect(await over.json()).toEqual({ message: `more than ${maxPayloads} payloads` });
});

test('a body whose Content-Length is over the cap is a 413 before any of it is read', async () => {
  const response = await fetch(`${server.url}/decode`, { method: 'POST', body: 'x'.repeat(maxBodyBytes + 1) });
  expect(response.status).toBe(413);
  expect(await response.json()).toEqual({ message: `the body is over ${maxBodyBytes} bytes` });
});

test('a streamed body (no Content-Length) is refused once it passes the cap, while the client still sends', async () => {
  const request = http.request(`${server.url}/decode`, { method: 'POST' });
  // The server answers 413 and closes the connection on the rest of the body: a client still writing may see the
  // close before the answer, so either ends the request.
  const refused = new Promise<number | 'closed'>((resolve) => {
    request.once('response', (response) => resolve(response.statusCode ?? 0));
    request.once('error', () => resolve('closed'));
  });
  let outcome: number | 'closed' | undefined;
  void refused.then((value) => (outcome = value));
  const chunk = Buffer.alloc(1024 * 1024, 'x');
  let sent = 0;
  // Ten times the cap would be sent if nobody stopped it, no faster than the server reads.
  while (outcome === undefined && sent < 10 * maxBodyBytes) {
    const flushed = request.write(chunk);
    sent += chunk.length;
    if (!flushed) await Promise.race([new Promise((resolve) => request.once('drain', resolve)), refused]);
  }
  // Refused while the client was still sending: it never had to send it all.
  expect(outcome).toBeDefined();
  request.destroy();
  expect([413, 'closed']).toContain(outcome);
  // The server read up to the cap; the rest of what was sent sat in the two sockets' buffers (several MB on loopback).
  expect(sent).toBeLessThan(4 * maxBodyBytes);
});
