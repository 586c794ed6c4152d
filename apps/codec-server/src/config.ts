import { BlockList, isIP } from 'node:net';

export interface CodecServerConfig {
  host: string;
  port: number;
  allowedOrigin: string;
  token?: string;
  maxBodyBytes: number;
  maxPayloads: number;
}

const loopback = new BlockList();
loopback.addSubnet('127.0.0.0', 8, 'ipv4');
loopback.addAddress('::1', 'ipv6');

/** Loopback by address, or the name `localhost`; any other name may resolve to a public interface. */
export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  const family = isIP(host);
  return family !== 0 && loopback.check(host, family === 4 ? 'ipv4' : 'ipv6');
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min = 1, max = Infinity): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min}${max === Infinity ? ' up' : ` to ${max}`}, not "${raw}"`);
  }
  return value;
}

/**
 * The codec server's settings. It decrypts for whoever can reach it, so it binds loopback unless CODEC_SERVER_HOST
 * says otherwise, and any other address needs CODEC_SERVER_TOKEN.
 */
export function loadCodecServerConfig(env: NodeJS.ProcessEnv = process.env): CodecServerConfig {
  const host = env.CODEC_SERVER_HOST || '127.0.0.1';
  const token = env.CODEC_SERVER_TOKEN || undefined;
  if (!isLoopback(host) && token === undefined) {
    throw new Error(
      `CODEC_SERVER_HOST ${host} is not loopback: set CODEC_SERVER_TOKEN so requests need a bearer token`,
    );
  }
  return {
    host,
    // 0: any free port (the start-up line names the one it got).
    port: integer(env, 'CODEC_SERVER_PORT', 8081, 0, 65535),
    allowedOrigin: env.CODEC_SERVER_ORIGIN || 'http://localhost:8233',
    token,
    // The server refuses payloads over 2 MB and gRPC messages over 4 MB; 4 MB of payloads in base64 JSON is ~5.4 MB.
    maxBodyBytes: integer(env, 'CODEC_SERVER_MAX_BODY_BYTES', 6 * 1024 * 1024),
    // Web UI and CLI send the payloads of one field (a few); a cap keeps one request from costing unbounded CPU.
    maxPayloads: integer(env, 'CODEC_SERVER_MAX_PAYLOADS', 1000),
  };
}
