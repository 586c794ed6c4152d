import type http from 'node:http';

/** The body was over the limit; the request is answered with a 413. */
export class BodyTooLarge extends Error {}

/**
 * The request body as text, refused as soon as it passes `maxBytes` (by its Content-Length, or while it streams),
 * so an oversized body is never held in memory: the rest is read and dropped.
 */
export function readBody(request: http.IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new BodyTooLarge(`the body is over ${maxBytes} bytes`);
    if (Number(request.headers['content-length'] ?? 0) > maxBytes) return reject(tooLarge());
    let chunks: Buffer[] | undefined = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) return void chunks?.push(chunk);
      if (chunks) reject(tooLarge());
      chunks = undefined;
    });
    request.on('end', () => chunks && resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
