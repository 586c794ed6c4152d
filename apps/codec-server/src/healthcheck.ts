import { loadCodecServerConfig } from './config';

/**
 * The image's HEALTHCHECK (`node dist/healthcheck.js`): an empty /decode answered 200, through the same settings
 * (address, port, token) as the server; a server bound to every interface is asked on loopback.
 */
async function main(): Promise<void> {
  const { host, port, token } = loadCodecServerConfig();
  const target = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  const url = `http://${target.includes(':') ? `[${target}]` : target}:${port}/decode`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: '{"payloads":[]}',
    signal: AbortSignal.timeout(3_000),
  });
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  console.log(`healthy: ${url} answered 200`);
}

main().catch((err: unknown) => {
  console.error(`codec-server healthcheck: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
