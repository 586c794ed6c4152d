import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';

const main = path.join(__dirname, '../dist/main.js');
const env = { PATH: process.env.PATH, TEMPORAL_ENCRYPTION_KEYS: `k1:${randomBytes(32).toString('base64')}` };

test('a non-loopback address without a token: one line and exit 1', async () => {
  const failed = promisify(execFile)('node', [main], { env: { ...env, CODEC_SERVER_HOST: '0.0.0.0' } });
  await expect(failed).rejects.toMatchObject({
    code: 1,
    stderr:
      'codec-server: CODEC_SERVER_HOST 0.0.0.0 is not loopback: set CODEC_SERVER_TOKEN so requests need a bearer token\n',
  });
});

/** Starts the built server on a free port; resolves with its start-up line and port once it listens. */
async function start(extra: Record<string, string>) {
  const child = spawn('node', [main], { env: { ...env, CODEC_SERVER_PORT: '0', ...extra } });
  const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
  const stop = async () => {
    child.kill('SIGTERM');
    expect(await once(child, 'exit')).toEqual([0, null]);
  };
  return { line, port: Number(/:(\d+) /.exec(line)?.[1]), stop };
}

const external = Object.values(networkInterfaces())
  .flat()
  .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
// Reaching the server from the network takes an address that is not loopback; a machine without one skips those
// checks, and the test summary names them, rather than passing them on loopback.
const withNetworkAddress = external ? test : test.skip;

test('by default it listens on loopback only and says so, with its limits, in its start-up line', async () => {
  const { line, port, stop } = await start({});
  try {
    expect(line).toMatch(
      /^Codec server on http:\/\/127\.0\.0\.1:\d+ \(loopback only; no token\) for http:\/\/localhost:8233; /,
    );
    expect(line).toMatch(/; 413 over 6291456 bytes or 1000 payloads per request; keys: k1$/);
    const decode = await fetch(`http://127.0.0.1:${port}/decode`, { method: 'POST', body: '{"payloads":[]}' });
    expect(decode.status).toBe(200);
  } finally {
    await stop();
  }
});

withNetworkAddress('by default the machine’s own network address does not reach it', async () => {
  const { port, stop } = await start({});
  try {
    await expect(fetch(`http://${external!}:${port}/decode`)).rejects.toThrow('fetch failed');
  } finally {
    await stop();
  }
});

withNetworkAddress('on every interface with a token, it says so and asks the network for the token', async () => {
  const { line, port, stop } = await start({ CODEC_SERVER_HOST: '0.0.0.0', CODEC_SERVER_TOKEN: 's3cret' });
  try {
    expect(line).toContain(`http://0.0.0.0:${port} (reachable from the network; bearer token required)`);
    const decode = (authorization?: string) =>
      fetch(`http://${external!}:${port}/decode`, {
        method: 'POST',
        body: '{"payloads":[]}',
        headers: authorization ? { authorization } : {},
      });
    expect((await decode()).status).toBe(401);
    expect((await decode('Bearer s3cret')).status).toBe(200);
  } finally {
    await stop();
  }
});
