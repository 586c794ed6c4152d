import { type Payload, type PayloadConverterWithEncoding, ValueError } from '@temporalio/common';
import { decode, encode } from './utf8';
import superjson from 'superjson';

const JSON_PLAIN = 'json/plain';
const JSON_SUPERJSON = 'json/superjson';

function payload(encoding: string, json: string): Payload {
  return { metadata: { encoding: encode(encoding) }, data: encode(json) };
}

/**
 * JSON that keeps what plain JSON loses (`Date`, `bigint`, `Map`, `Set`, `undefined` inside objects), through superjson.
 * A value plain JSON already carries exactly is written as `json/plain`, so other SDKs, the CLI and the Web UI read
 * it as usual; only a value with such types is written as `json/superjson` (`{ json, meta }`).
 */
export class SuperJsonPayloadConverter implements PayloadConverterWithEncoding {
  readonly encodingType = JSON_SUPERJSON;

  toPayload(value: unknown): Payload | undefined {
    if (value === undefined) return undefined;
    const { json, meta } = superjson.serialize(value);
    if (meta === undefined) return payload(JSON_PLAIN, JSON.stringify(json));
    return payload(JSON_SUPERJSON, JSON.stringify({ json, meta }));
  }

  fromPayload<T>(content: Payload): T {
    if (content.data === undefined || content.data === null) throw new ValueError('json/superjson payload has no data');
    return superjson.deserialize<T>(JSON.parse(decode(content.data)) as Parameters<typeof superjson.deserialize>[0]);
  }
}
