import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadServerSettings } from './connect';

// Stand-ins for secrets: the assertions compare them with booleans, so a failure never prints them.
const apiKey = 'sk-profile-test-7f3a9c';
const dir = mkdtempSync(path.join(tmpdir(), 'profile-'));
const file = (name: string, content: string) => {
  writeFileSync(path.join(dir, name), content);
  return path.join(dir, name);
};
const [cert, key, ca] = ['client-cert-bytes', 'client-key-bytes', 'server-ca-bytes'];
const configFile = file(
  'temporal.toml',
  `[profile.cloud]
address = "my-ns.a1b2c.tmprl.cloud:7233"
namespace = "my-ns.a1b2c"
api_key = "${apiKey}"

[profile.mtls]
address = "temporal.internal:7233"
namespace = "orders"
[profile.mtls.tls]
client_cert_path = "${file('client.pem', cert)}"
client_key_path = "${file('client.key', key)}"
server_ca_cert_path = "${file('ca.pem', ca)}"
server_name = "temporal.internal"
`,
);

function withEnv<T>(env: Record<string, string>, fn: () => T): T {
  const saved = { ...process.env };
  for (const name of Object.keys(process.env)) if (name.startsWith('TEMPORAL_')) delete process.env[name];
  Object.assign(process.env, env);
  try {
    return fn();
  } finally {
    process.env = saved;
  }
}

test('an API-key profile (Temporal Cloud): address, namespace, the key and TLS on', () => {
  const settings = withEnv({ TEMPORAL_CONFIG_FILE: configFile, TEMPORAL_PROFILE: 'cloud' }, loadServerSettings);
  expect([settings.address, settings.namespace]).toEqual(['my-ns.a1b2c.tmprl.cloud:7233', 'my-ns.a1b2c']);
  expect(settings.connectionOptions.apiKey === apiKey).toBe(true);
  // An API key implies TLS unless the profile turns it off.
  expect(Boolean(settings.connectionOptions.tls)).toBe(true);
});

test('an mTLS profile (self-hosted): client certificate pair, server CA and server name read from their files', () => {
  const settings = withEnv({ TEMPORAL_CONFIG_FILE: configFile, TEMPORAL_PROFILE: 'mtls' }, loadServerSettings);
  expect([settings.address, settings.namespace]).toEqual(['temporal.internal:7233', 'orders']);
  const tls = settings.connectionOptions.tls;
  if (!tls || typeof tls !== 'object') throw new Error('expected a TLS configuration');
  expect(Buffer.from(tls.clientCertPair?.crt ?? []).toString() === cert).toBe(true);
  expect(Buffer.from(tls.clientCertPair?.key ?? []).toString() === key).toBe(true);
  expect(Buffer.from(tls.serverRootCACertificate ?? []).toString() === ca).toBe(true);
  expect(tls.serverNameOverride).toBe('temporal.internal');
  expect(settings.connectionOptions.apiKey).toBeUndefined();
});

test('environment variables override the profile, as for every Temporal tool', () => {
  const settings = withEnv(
    { TEMPORAL_CONFIG_FILE: configFile, TEMPORAL_PROFILE: 'mtls', TEMPORAL_NAMESPACE: 'orders-staging' },
    loadServerSettings,
  );
  expect(settings.namespace).toBe('orders-staging');
});

// The README's "Temporal Cloud" table, as a container gets it: environment variables only, no file.
test('a Temporal Cloud API-key namespace from variables alone: the key, and TLS on by itself', () => {
  const settings = withEnv(
    {
      TEMPORAL_ADDRESS: 'us-east-1.aws.api.temporal.io:7233',
      TEMPORAL_NAMESPACE: 'my-ns.a1b2c',
      TEMPORAL_API_KEY: apiKey,
    },
    loadServerSettings,
  );
  expect([settings.address, settings.namespace]).toEqual(['us-east-1.aws.api.temporal.io:7233', 'my-ns.a1b2c']);
  expect(settings.connectionOptions.apiKey === apiKey).toBe(true);
  expect(Boolean(settings.connectionOptions.tls)).toBe(true);
});

test('a Temporal Cloud mTLS namespace from variables alone: the client pair, no CA (Cloud uses a public one)', () => {
  const settings = withEnv(
    {
      TEMPORAL_ADDRESS: 'my-ns.a1b2c.tmprl.cloud:7233',
      TEMPORAL_NAMESPACE: 'my-ns.a1b2c',
      TEMPORAL_TLS_CLIENT_CERT_PATH: path.join(dir, 'client.pem'),
      TEMPORAL_TLS_CLIENT_KEY_PATH: path.join(dir, 'client.key'),
    },
    loadServerSettings,
  );
  expect([settings.address, settings.namespace]).toEqual(['my-ns.a1b2c.tmprl.cloud:7233', 'my-ns.a1b2c']);
  const tls = settings.connectionOptions.tls;
  if (!tls || typeof tls !== 'object') throw new Error('expected a TLS configuration');
  expect(Buffer.from(tls.clientCertPair?.crt ?? []).toString() === cert).toBe(true);
  expect(Buffer.from(tls.clientCertPair?.key ?? []).toString() === key).toBe(true);
  expect(tls.serverRootCACertificate).toBeUndefined();
  expect(settings.connectionOptions.apiKey).toBeUndefined();
});

// `pnpm --filter @reference/worker start` runs in apps/worker; the user typed the path from where pnpm started.
test('a relative TEMPORAL_CONFIG_FILE is read from the folder pnpm was started in (INIT_CWD)', () => {
  const settings = withEnv(
    { TEMPORAL_CONFIG_FILE: 'temporal.toml', TEMPORAL_PROFILE: 'mtls', INIT_CWD: dir },
    loadServerSettings,
  );
  expect(settings.address).toBe('temporal.internal:7233');
});

test('a TEMPORAL_CONFIG_FILE that does not exist is an error, not a silent fall-back to localhost', () => {
  expect(() => withEnv({ TEMPORAL_CONFIG_FILE: path.join(dir, 'missing.toml') }, loadServerSettings)).toThrow(
    `TEMPORAL_CONFIG_FILE ${path.join(dir, 'missing.toml')} does not exist`,
  );
});

// The one "is a server chosen?" rule: `pnpm dev` starts its own dev server only when none is.
test('a server is chosen by TEMPORAL_ADDRESS or by a profile naming one; with neither, localhost:7233 is a default', () => {
  const chosen = (env: Record<string, string>) => withEnv(env, loadServerSettings).serverChosen;
  expect(withEnv({}, loadServerSettings)).toMatchObject({ address: 'localhost:7233', serverChosen: false });
  expect(chosen({ TEMPORAL_ADDRESS: 'localhost:7233' })).toBe(true);
  expect(chosen({ TEMPORAL_CONFIG_FILE: configFile, TEMPORAL_PROFILE: 'mtls' })).toBe(true);
  expect(chosen({ TEMPORAL_NAMESPACE: 'orders' })).toBe(false);
});
