import type { Payload } from '@temporalio/common';

/** A payload as the codec-server protocol writes it: metadata values and data in base64. */
export interface JsonPayload {
  metadata?: Record<string, string>;
  data?: string;
}

export function fromJson({ metadata = {}, data = '' }: JsonPayload): Payload {
  return {
    metadata: Object.fromEntries(Object.entries(metadata).map(([key, value]) => [key, Buffer.from(value, 'base64')])),
    data: Buffer.from(data, 'base64'),
  };
}

export function toJson({ metadata, data }: Payload): JsonPayload {
  return {
    metadata: Object.fromEntries(
      Object.entries(metadata ?? {}).map(([key, value]) => [key, Buffer.from(value ?? []).toString('base64')]),
    ),
    data: Buffer.from(data ?? []).toString('base64'),
  };
}
