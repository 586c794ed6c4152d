import type { AddressInfo } from 'node:net';
import { AesGcmCodec, loadKeyring } from '@reference/data-converter';
import { createCodecServer } from './codec-server';
import { type CodecServerConfig, isLoopback, loadCodecServerConfig } from './config';

/**
 * `pnpm --filter @reference/codec-server start`: the keys from TEMPORAL_ENCRYPTION_KEYS(_FILE), as worker and
 * starter read them; the rest from CODEC_SERVER_* (see config.ts). Stops on SIGINT or SIGTERM.
 */
function main(): void {
  const keyring = loadKeyring();
  if (!keyring) throw new Error('no keys: set TEMPORAL_ENCRYPTION_KEYS or TEMPORAL_ENCRYPTION_KEYS_FILE');
  const config = loadCodecServerConfig();
  const server = createCodecServer({ codec: new AesGcmCodec(keyring), ...config });
  server.listen({ port: config.port, host: config.host }).then(() => {
    const { port } = server.server.address() as AddressInfo;
    console.log(describe({ ...config, port }, keyring.keyIds));
  }, fail);
  const stop = () => void server.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** The start-up line: where it listens, who may call, and its limits. */
function describe(config: CodecServerConfig, keyIds: string[]): string {
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const reach = isLoopback(config.host) ? 'loopback only' : 'reachable from the network';
  return (
    `Codec server on http://${host}:${config.port} (${reach}; ` +
    `${config.token ? 'bearer token required' : 'no token'}) for ${config.allowedOrigin}; ` +
    `413 over ${config.maxBodyBytes} bytes or ${config.maxPayloads} payloads per request; keys: ${keyIds.join(', ')}`
  );
}

function fail(err: unknown): never {
  console.error(`codec-server: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}

try {
  main();
} catch (err) {
  fail(err);
}
