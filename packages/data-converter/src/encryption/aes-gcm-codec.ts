import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type Payload, type PayloadCodec, ValueError } from '@temporalio/common';
import { decode, encode } from '../utf8';
import { temporal } from '@temporalio/proto';
import type { Keyring } from './keyring';

export const ENCRYPTED_ENCODING = 'binary/encrypted';
export const KEY_ID_METADATA = 'encryption-key-id';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM over the whole payload (data and metadata, serialised as the Payload proto), with a fresh random IV per
 * payload and the key id in clear metadata. The key id is authenticated too (GCM associated data), so a payload cannot
 * be passed off as written under another key. Payloads that are not encrypted pass decode unchanged.
 */
export class AesGcmCodec implements PayloadCodec {
  constructor(private readonly keyring: Keyring) {}

  async encode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.encrypt(payload));
  }

  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.decrypt(payload));
  }

  private encrypt(payload: Payload): Payload {
    const keyId = this.keyring.currentKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.keyring.key(keyId)!, iv);
    cipher.setAAD(Buffer.from(keyId));
    const plaintext = temporal.api.common.v1.Payload.encode(payload).finish();
    const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    return {
      metadata: { encoding: encode(ENCRYPTED_ENCODING), [KEY_ID_METADATA]: encode(keyId) },
      data: Buffer.concat([iv, ciphertext, cipher.getAuthTag()]),
    };
  }

  private decrypt(payload: Payload): Payload {
    const encoding = payload.metadata?.encoding;
    if (!encoding || decode(encoding) !== ENCRYPTED_ENCODING) return payload;
    const rawKeyId = payload.metadata?.[KEY_ID_METADATA];
    if (!rawKeyId) throw new ValueError(`an encrypted payload has no ${KEY_ID_METADATA} metadata`);
    const keyId = decode(rawKeyId);
    const key = this.keyring.key(keyId);
    if (!key) {
      throw new ValueError(
        `a payload is encrypted with key "${keyId}", which is not configured (configured: ${this.keyring.keyIds.join(', ')})`,
      );
    }
    const data = Buffer.from(payload.data ?? []);
    if (data.length < IV_BYTES + TAG_BYTES) throw new ValueError(`an encrypted payload (key "${keyId}") is truncated`);
    const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
    let plaintext: Buffer;
    try {
      plaintext = Buffer.concat([decipher.update(data.subarray(IV_BYTES, data.length - TAG_BYTES)), decipher.final()]);
    } catch {
      throw new ValueError(
        `cannot decrypt a payload with key "${keyId}": authentication failed (the configured key "${keyId}" is not the ` +
          'one it was written with, or the payload was altered)',
      );
    }
    return temporal.api.common.v1.Payload.decode(plaintext);
  }
}
