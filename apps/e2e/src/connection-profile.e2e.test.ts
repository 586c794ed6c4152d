import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from './processes';

const root = path.resolve(__dirname, '../../..');
const apiKey = 'sk-profile-e2e-51d2e8';
const dir = mkdtempSync(path.join(tmpdir(), 'profile-e2e-'));
const keyMarker = 'PRIVATE-KEY-MARKER-93b1';
writeFileSync(path.join(dir, 'client.key'), keyMarker);
writeFileSync(path.join(dir, 'client.pem'), 'CERT-MARKER-93b1');
// Nothing listens on port 1: the profile's server is down, so both processes must fail, and say so without secrets.
writeFileSync(
  path.join(dir, 'temporal.toml'),
  `[profile.staging]
address = "127.0.0.1:1"
namespace = "staging"
api_key = "${apiKey}"
`,
);
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('TEMPORAL_')));
const profileEnv = { ...env, TEMPORAL_CONFIG_FILE: path.join(dir, 'temporal.toml'), TEMPORAL_PROFILE: 'staging' };

const printsNoSecret = (output: string) =>
  [apiKey, keyMarker, 'CERT-MARKER'].filter((secret) => output.includes(secret)).length === 0;

test('starter and worker load the same TOML profile, and neither prints its API key', async () => {
  const [starter, worker] = await Promise.all([
    run('node', [path.join(root, 'apps/starter/dist/main.js')], { env: profileEnv }),
    run('node', [path.join(root, 'apps/worker/dist/main.js')], { env: profileEnv }),
  ]);
  expect(starter.code).not.toBe(0);
  expect(starter.stderr).toContain('cannot reach the Temporal server at 127.0.0.1:1');
  expect(worker.code).not.toBe(0);
  expect(worker.stderr).toContain('127.0.0.1:1');
  expect(printsNoSecret(starter.stdout + starter.stderr)).toBe(true);
  expect(printsNoSecret(worker.stdout + worker.stderr)).toBe(true);
});

test('an mTLS profile reaches the worker as TLS settings; a failure prints no key material', async () => {
  writeFileSync(
    path.join(dir, 'mtls.toml'),
    `[profile.mtls]
address = "127.0.0.1:1"
[profile.mtls.tls]
client_cert_path = "${path.join(dir, 'client.pem')}"
client_key_path = "${path.join(dir, 'client.key')}"
`,
  );
  const mtlsEnv = { ...env, TEMPORAL_CONFIG_FILE: path.join(dir, 'mtls.toml'), TEMPORAL_PROFILE: 'mtls' };
  const worker = await run('node', [path.join(root, 'apps/worker/dist/main.js')], { env: mtlsEnv });
  expect(worker.code).not.toBe(0);
  expect(printsNoSecret(worker.stdout + worker.stderr)).toBe(true);
});
