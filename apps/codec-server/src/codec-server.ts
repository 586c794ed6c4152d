import bearerAuth from '@fastify/bearer-auth';
import cors from '@fastify/cors';
import type { PayloadCodec } from '@temporalio/common';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { fromJson, type JsonPayload, toJson } from './payload-json';

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

/** A refusal's status and its answer's message, from the framework's error (a codec's own failure is a 400). */
function refusal(error: FastifyError, { maxBodyBytes, maxPayloads }: CodecServerOptions): [number, string] {
  if (error.validation?.some(({ keyword }) => keyword === 'maxItems'))
    return [413, `more than ${maxPayloads} payloads`];
  if (error.validation) return [400, 'the body must be {"payloads": [...]}'];
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return [413, `the body is over ${maxBodyBytes} bytes`];
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return [400, 'the body is not JSON'];
  }
  return [error.statusCode ?? 400, error.message];
}

/**
 * Temporal's codec-server protocol: POST /encode and POST /decode take and return `{ payloads: [...] }`, whatever
 * the content type says. CORS admits the Web UI's origin only (any other is a 403); with a token, requests need it
 * as a bearer token (preflights carry none, so they pass). The body and the payload count are capped (413).
 */
export function createCodecServer(options: CodecServerOptions): FastifyInstance {
  const { codec, allowedOrigin, token, maxBodyBytes, maxPayloads } = options;
  const app = Fastify({ bodyLimit: maxBodyBytes });
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'string' }, app.getDefaultJsonParser('error', 'error'));
  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const [status, message] = refusal(error, options);
    return reply.code(status).send({ message });
  });
  void app.register(cors, {
    // No Origin (the CLI): no CORS headers. The Web UI's: admitted. Any other: refused.
    origin: (origin, admit) =>
      origin === undefined
        ? admit(null, false)
        : origin === allowedOrigin
          ? admit(null, allowedOrigin)
          : admit(Object.assign(new Error('origin not allowed'), { statusCode: 403 }), false),
    credentials: true,
    methods: ['POST', 'OPTIONS'],
    allowedHeaders: ['Content-Type', 'X-Namespace', 'Authorization'],
    strictPreflight: false,
  });
  // The routes sit in a scope of their own, so the token is asked of them and not of the preflights.
  void app.register(async (routes) => {
    if (token !== undefined) {
      await routes.register(bearerAuth, { keys: [token] });
    }
    const schema = {
      body: {
        type: 'object',
        required: ['payloads'],
        properties: { payloads: { type: 'array', maxItems: maxPayloads } },
      },
    };
    for (const action of ['encode', 'decode'] as const) {
      routes.post<{ Body: { payloads: JsonPayload[] } }>(`/${action}`, { schema }, async (request) => ({
        payloads: (await codec[action](request.body.payloads.map(fromJson))).map(toJson),
      }));
    }
  });
  app.setNotFoundHandler((_request, reply) => reply.code(404).send({ message: 'POST /encode or /decode' }));
  return app;
}
