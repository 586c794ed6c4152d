import {
  BinaryPayloadConverter,
  CompositePayloadConverter,
  JsonPayloadConverter,
  UndefinedPayloadConverter,
} from '@temporalio/common';
import { SuperJsonPayloadConverter } from './superjson-payload-converter';

/**
 * The payload converter of client and worker alike, loaded by path (`payloadConverterPath`), so the same module runs
 * in Node and inside the workflow sandbox. Writing, the first converter that takes a value wins: undefined, bytes,
 * then superjson for everything else. Reading goes by the payload's encoding, so plain JSON from any SDK still reads.
 */
export const payloadConverter = new CompositePayloadConverter(
  new UndefinedPayloadConverter(),
  new BinaryPayloadConverter(),
  new SuperJsonPayloadConverter(),
  new JsonPayloadConverter(),
);
