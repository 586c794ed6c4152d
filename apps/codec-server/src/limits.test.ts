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

test('a streamed body (no Content-Length) is answered 413 once it passes the cap, while the client still sends', async () => {
  const request = http.request(`${server.url}/decode`, { method: 'POST' });
  request.on('error', () => undefined); // the server closes the connection on the rest of the body
  const answered = new Promise<http.IncomingMessage>((resolve) => request.once('response', resolve));
  const chunk = Buffer.alloc(1024 * 1024, 'x');
  let sent = 0;
  let response: http.IncomingMessage | undefined;
  void answered.then((r) => (response = r));
  // Ten times the cap would be sent if nobody stopped it; the answer comes just past the cap.
  while (response === undefined && sent < 10 * maxBodyBytes) {
    request.write(chunk);
    sent += chunk.length;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  request.destroy();
  expect((await answered).statusCode).toBe(413);
  expect(sent).toBeLessThan(2 * maxBodyBytes);
});
