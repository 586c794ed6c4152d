import { isLoopback, loadCodecServerConfig } from './config';

test('defaults: loopback, port 8081, the Web UI origin, no token, 6 MiB and 1000 payloads', () => {
  expect(loadCodecServerConfig({})).toEqual({
    host: '127.0.0.1',
    port: 8081,
    allowedOrigin: 'http://localhost:8233',
    token: undefined,
    maxBodyBytes: 6 * 1024 * 1024,
    maxPayloads: 1000,
  });
});

test.each(['127.0.0.1', '127.1.2.3', '::1', 'localhost'])('%s is loopback', (host) => {
  expect(isLoopback(host)).toBe(true);
});

test.each(['0.0.0.0', '::', '192.0.2.2', 'codec.internal'])('%s needs a token', (host) => {
  expect(isLoopback(host)).toBe(false);
  expect(() => loadCodecServerConfig({ CODEC_SERVER_HOST: host })).toThrow(
    `CODEC_SERVER_HOST ${host} is not loopback: set CODEC_SERVER_TOKEN so requests need a bearer token`,
  );
  expect(loadCodecServerConfig({ CODEC_SERVER_HOST: host, CODEC_SERVER_TOKEN: 't' }).host).toBe(host);
});

test.each([
  ['CODEC_SERVER_PORT', '70000'],
  ['CODEC_SERVER_PORT', 'http'],
  ['CODEC_SERVER_PORT', '-1'],
  ['CODEC_SERVER_MAX_BODY_BYTES', '0'],
  ['CODEC_SERVER_MAX_PAYLOADS', '1.5'],
])('%s=%s is refused', (name, value) => {
  expect(() => loadCodecServerConfig({ [name]: value })).toThrow(name);
});
