import { type Payload, type PayloadCodec, ValueError } from '@temporalio/common';
import { decode } from '../utf8';
import { ENCRYPTED_ENCODING, KEY_ID_METADATA } from './aes-gcm-codec';

/**
 * The codec of a process without keys: it writes payloads as they are, and refuses an encrypted one with the setting
 * that is missing, where the payload converter would only say "Unknown encoding: binary/encrypted".
 */
export class KeylessCodec implements PayloadCodec {
  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads;
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    for (const { metadata } of payloads) {
      if (!metadata?.encoding || decode(metadata.encoding) !== ENCRYPTED_ENCODING) continue;
      const keyId = metadata[KEY_ID_METADATA] ? decode(metadata[KEY_ID_METADATA]) : 'unknown';
      throw new ValueError(
        `a payload is encrypted (key "${keyId}") and no keys are configured here: set TEMPORAL_ENCRYPTION_KEYS ` +
          '(or TEMPORAL_ENCRYPTION_KEYS_FILE) to the keys the worker uses',
      );
    }
    return payloads;
  }
}
