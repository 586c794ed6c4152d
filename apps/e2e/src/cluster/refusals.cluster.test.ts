import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { frontendAddress, paths, readSettings } from '@reference/cluster';
import { run } from '../processes';
import { clusterEnv, starter } from './on-cluster';

// The cluster requires mTLS: clients that lack it are refused, and worker and starter say why in one line.
const address = frontendAddress(readSettings()!);
const workerMain = path.join(path.dirname(require.resolve('@reference/worker/package.json')), 'dist/main.js');
const { TEMPORAL_CONFIG_FILE: _file, TEMPORAL_PROFILE: _profile, ...noProfile } = clusterEnv;

test('a client with the CA but no client certificate is refused; the starter says so in one line', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'no-client-cert-'));
  const file = path.join(dir, 'temporal.toml');
  writeFileSync(
    file,
    `[profile.nocert]\naddress = "${address}"\n[profile.nocert.tls]\nserver_name = "localhost"\n` +
      `server_ca_cert_path = "${path.join(paths.certs, 'ca.pem')}"\n`,
  );
  const { code, stdout, stderr } = await starter(['greet'], {
    ...noProfile,
    TEMPORAL_CONFIG_FILE: file,
    TEMPORAL_PROFILE: 'nocert',
  });
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr.trimEnd().split('\n')).toEqual([
    expect.stringMatching(
      new RegExp(`^error: cannot reach the Temporal server at ${address}: the server requires a client certificate`),
    ),
  ]);
});

test('the worker started with no profile against the cluster fails in one line, not a stack trace', async () => {
  const { code, stdout, stderr } = await run('node', [workerMain], {
    env: { ...noProfile, TEMPORAL_ADDRESS: address },
  });
  expect(code).toBe(1);
  expect(stdout).toBe('');
  expect(stderr.trimEnd().split('\n')).toEqual([
    `worker: cannot connect to the Temporal server at ${address}: the server requires TLS, which these settings leave off: ` +
      'see the profile (TEMPORAL_CONFIG_FILE, TEMPORAL_PROFILE) or TEMPORAL_TLS_* variables',
  ]);
});
