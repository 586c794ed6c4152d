import { randomBytes } from 'node:crypto';
import { payloadConverter } from '@reference/data-converter';
import { type JsonPayload, fromJson, toJson } from './payload-json';
import { serve, WEB_UI } from './serve.test-helpers';

const keys = `k1:${randomBytes(32).toString('base64')}`;
let server: Awaited<ReturnType<typeof serve>>;
let guarded: Awaited<ReturnType<typeof serve>>;
beforeAll(async () => {
  [server, guarded] = await Promise.all([serve(keys), serve(keys, 's3cret')]);
});
afterAll(async () => {
  await Promise.all([server?.stop(), guarded?.stop()]);
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
const payloadsOf = async (response: Response) => ((await response.json()) as { payloads: JsonPayload[] }).payloads;

test('/encode then /decode gives back the payloads, and the encoded form holds no plaintext', async () => {
  const plain = [toJson(payloadConverter.toPayload({ holder: 'Ada Lovelace', at: new Date(0) }))];
  const encoded = await payloadsOf(await post(`${server.url}/encode`, { payloads: plain }));
  expect(Buffer.from(encoded[0]!.data!, 'base64').toString('latin1')).not.toContain('Ada');
  expect(Buffer.from(encoded[0]!.metadata!.encoding!, 'base64').toString()).toBe('binary/encrypted');
  const decoded = await payloadsOf(
    await post(`${server.url}/decode`, { payloads: encoded }, { 'X-Namespace': 'default' }),
  );
  expect(payloadConverter.fromPayload(fromJson(decoded[0]!))).toEqual({ holder: 'Ada Lovelace', at: new Date(0) });
});

test('CORS admits the Web UI origin, preflight included, and refuses any other origin', async () => {
  const preflight = await fetch(`${server.url}/decode`, {
    method: 'OPTIONS',
    headers: { Origin: WEB_UI, 'Access-Control-Request-Method': 'POST' },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-origin')).toBe(WEB_UI);
  expect(preflight.headers.get('access-control-allow-headers')).toContain('X-Namespace');
  const other = await post(`${server.url}/decode`, { payloads: [] }, { Origin: 'https://evil.example' });
  expect(other.status).toBe(403);
  expect(other.headers.get('access-control-allow-origin')).toBeNull();
});

test('with a token, a request without the right bearer token is refused', async () => {
  expect((await post(`${guarded.url}/decode`, { payloads: [] })).status).toBe(401);
  expect((await post(`${guarded.url}/decode`, { payloads: [] }, { Authorization: 'Bearer wrong' })).status).toBe(401);
  const ok = await post(`${guarded.url}/decode`, { payloads: [] }, { Authorization: 'Bearer s3cret' });
  expect(ok.status).toBe(200);
  const preflight = await fetch(`${guarded.url}/decode`, { method: 'OPTIONS', headers: { Origin: WEB_UI } });
  expect(preflight.status).toBe(204);
});

test.each([
  ['not json', 'the body is not JSON'],
  [JSON.stringify({ nope: 1 }), 'the body must be {"payloads": [...]}'],
])('a bad body is a 400 that says why', async (body, message) => {
  const response = await fetch(`${server.url}/decode`, { method: 'POST', body });
  expect(response.status).toBe(400);
  expect(await response.json()).toEqual({ message });
});

test('a payload it cannot decrypt is a 400 naming the key, not garbage', async () => {
  const other = await serve(`k1:${randomBytes(32).toString('base64')}`);
  try {
    const encoded = await payloadsOf(
      await post(`${other.url}/encode`, { payloads: [toJson(payloadConverter.toPayload('x'))] }),
    );
    const response = await post(`${server.url}/decode`, { payloads: encoded });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { message: string }).message).toMatch(/key "k1": authentication failed/);
  } finally {
    await other.stop();
  }
});

test('anything else is a 404', async () => {
  expect((await fetch(`${server.url}/`)).status).toBe(404);
  expect((await fetch(`${server.url}/decode`)).status).toBe(404);
});
