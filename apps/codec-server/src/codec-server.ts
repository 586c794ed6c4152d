import { timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { PayloadCodec } from '@temporalio/common';
import { fromJson, parsePayloads, toJson } from './payload-json';
import { BodyTooLarge, readBody } from './read-body';

export interface CodecServerOptions {
  codec: PayloadCodec;
  /** The one browser origin allowed to call (the Web UI), e.g. http://localhost:8233. */
  allowedOrigin: string;
  /** When set, every request must carry `Authorization: Bearer <token>`. */
  token?: string;
  /** Larger bodies, and requests with more payloads, are refused with a 413. */
  maxBodyBytes: number;
  maxPayloads: number;
}

function sameSecret(given: string, expected: string): boolean {
  const [a, b] = [Buffer.from(given), Buffer.from(expected)];
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Temporal's codec-server protocol: POST /encode and POST /decode take and return `{ payloads: [...] }`. CORS admits
 * the Web UI's origin only; with a token, requests need it as a bearer token (preflights carry none, so they pass).
 * The body and the payload count are capped (413).
 */
export function createCodecServer({
  codec,
  allowedOrigin,
  token,
  maxBodyBytes,
  maxPayloads,
}: CodecServerOptions): http.Server {
  return http.createServer((request, response) => {
    const send = (status: number, body?: unknown) => {
      response.writeHead(status, body === undefined ? {} : { 'Content-Type': 'application/json' });
      response.end(body === undefined ? undefined : JSON.stringify(body));
    };
    if (request.headers.origin === allowedOrigin) {
      response.setHeader('Access-Control-Allow-Origin', allowedOrigin);
      response.setHeader('Access-Control-Allow-Credentials', 'true');
      response.setHeader('Access-Control-Allow-Methods', 'POST, OPTIONS');
      response.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Namespace, Authorization');
      response.setHeader('Vary', 'Origin');
    } else if (request.headers.origin !== undefined) {
      return send(403, { message: 'origin not allowed' });
    }
    if (request.method === 'OPTIONS') return send(204);
    const action = request.url === '/encode' ? 'encode' : request.url === '/decode' ? 'decode' : undefined;
    if (request.method !== 'POST' || !action) return send(404, { message: 'POST /encode or /decode' });
    if (token !== undefined && !sameSecret(request.headers.authorization ?? '', `Bearer ${token}`)) {
      return send(401, { message: 'a bearer token is required' });
    }
    readBody(request, maxBodyBytes)
      .then(async (body) => {
        const payloads = parsePayloads(body);
        if (typeof payloads === 'string') return send(400, { message: payloads });
        if (payloads.length > maxPayloads) return send(413, { message: `more than ${maxPayloads} payloads` });
        const result = await codec[action](payloads.map(fromJson));
        send(200, { payloads: result.map(toJson) });
      })
      .catch((err: unknown) => {
        if (err instanceof BodyTooLarge) {
          // The rest of the body is dropped as it comes, so the client, still sending, gets the answer (closing now
          // would reset the connection under it); one that keeps sending for another second is cut off.
          setTimeout(() => request.complete || request.destroy(), 1_000).unref();
          return send(413, { message: err.message });
        }
        send(400, { message: err instanceof Error ? err.message : String(err) });
      });
  });
}
