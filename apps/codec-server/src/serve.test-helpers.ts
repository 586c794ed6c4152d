import { AesGcmCodec, parseKeyring } from '@reference/data-converter';
import { createCodecServer } from './codec-server';
import { loadCodecServerConfig } from './config';

export const WEB_UI = 'http://localhost:8233';

/** A codec server with the default limits on a free port with the given keys; returns its URL and a stop function. */
export async function serve(keys: string, token?: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const { maxBodyBytes, maxPayloads } = loadCodecServerConfig({});
  const server = createCodecServer({
    codec: new AesGcmCodec(parseKeyring(keys, 'test')),
    allowedOrigin: WEB_UI,
    token,
    maxBodyBytes,
    maxPayloads,
  });
  return { url: await server.listen({ port: 0, host: '127.0.0.1' }), stop: () => server.close() };
}
