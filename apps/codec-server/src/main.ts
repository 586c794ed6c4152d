import { AesGcmCodec, loadKeyring } from '@reference/data-converter';
import { createCodecServer } from './codec-server';

/**
 * `pnpm --filter @reference/codec-server start`: the keys from TEMPORAL_ENCRYPTION_KEYS(_FILE), as worker and
 * starter read them; CODEC_SERVER_PORT (8081), CODEC_SERVER_ORIGIN (the Web UI, http://localhost:8233),
 * CODEC_SERVER_TOKEN (optional bearer token).
 */
function main(): void {
  const keyring = loadKeyring();
  if (!keyring) throw new Error('no keys: set TEMPORAL_ENCRYPTION_KEYS or TEMPORAL_ENCRYPTION_KEYS_FILE');
  const port = Number(process.env.CODEC_SERVER_PORT ?? 8081);
  if (!Number.isInteger(port) || port <= 0) throw new Error(`CODEC_SERVER_PORT must be a port number`);
  const allowedOrigin = process.env.CODEC_SERVER_ORIGIN ?? 'http://localhost:8233';
  const token = process.env.CODEC_SERVER_TOKEN || undefined;
  const server = createCodecServer({ codec: new AesGcmCodec(keyring), allowedOrigin, token });
  server.listen(port, () => {
    console.log(
      `Codec server on http://localhost:${port} for ${allowedOrigin}` +
        `${token ? ' (bearer token required)' : ''}; keys: ${keyring.keyIds.join(', ')}`,
    );
  });
  const stop = () => server.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

try {
  main();
} catch (err) {
  console.error(`codec-server: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
