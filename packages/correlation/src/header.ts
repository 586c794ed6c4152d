import { defaultPayloadConverter, type Headers, type Payload } from '@temporalio/common';

/**
 * The Temporal header (and, on a Nexus operation, the Nexus header) that carries the correlation id. Its payload is
 * the id as the default payload converter writes a string, `json/plain` and the JSON string, which any SDK's default
 * converter reads and writes; it never goes through the project's codec, so another language's client sets it
 * without the project's keys.
 */
export const CORRELATION_HEADER = 'correlation-id';

/** Printable ASCII without spaces, 1 to 128 characters: a UUID, a request id, `demo-1`. */
const FORMAT = /^[\x21-\x7e]{1,128}$/;

/** Why `value` cannot be a correlation id, or undefined when it can. */
export function correlationIdProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `not a string (${value === null ? 'null' : typeof value})`;
  if (!FORMAT.test(value)) return 'not 1 to 128 printable ASCII characters without spaces';
  return undefined;
}

/** The header's payload for `id`. */
export function correlationPayload(id: string): Payload {
  return defaultPayloadConverter.toPayload(id);
}

/** What a message's headers say: the id, a problem with the header, or nothing (no header). */
export type CorrelationReading = { id: string } | { problem: string } | undefined;

/** Reads the Temporal header; never throws, whatever another client put in it. */
export function readCorrelationHeader(headers: Headers): CorrelationReading {
  const payload = headers[CORRELATION_HEADER];
  if (payload === undefined) return undefined;
  let value: unknown;
  try {
    value = defaultPayloadConverter.fromPayload(payload);
  } catch (err) {
    return { problem: `unreadable payload (${err instanceof Error ? err.message : String(err)})` };
  }
  const problem = correlationIdProblem(value);
  return problem ? { problem } : { id: value as string };
}

/** Reads the Nexus header, a plain string. */
export function readNexusCorrelationHeader(headers: Record<string, string>): CorrelationReading {
  const value = headers[CORRELATION_HEADER];
  if (value === undefined) return undefined;
  const problem = correlationIdProblem(value);
  return problem ? { problem } : { id: value };
}

/** `headers` with the id added, unless they carry one already (set by the caller itself). */
export function withCorrelationHeader(headers: Headers, id: string): Headers {
  return headers[CORRELATION_HEADER] ? headers : { ...headers, [CORRELATION_HEADER]: correlationPayload(id) };
}
