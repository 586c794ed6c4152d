import type { DataConverter } from '@temporalio/common';
import { AesGcmCodec } from './encryption/aes-gcm-codec';
import { KeylessCodec } from './encryption/keyless-codec';
import { loadKeyring } from './encryption/keyring';

/** The module the worker bundles into the workflow sandbox and the client loads: see payload-converter.ts. */
export const payloadConverterPath = require.resolve('./payload-converter');

/**
 * The data converter of every client and worker of the project, built from the environment: superjson payloads
 * always; AES-256-GCM encryption when TEMPORAL_ENCRYPTION_KEYS or TEMPORAL_ENCRYPTION_KEYS_FILE is set, and without
 * keys a codec that names that setting when it meets an encrypted payload.
 */
export function createDataConverter(env: NodeJS.ProcessEnv = process.env): DataConverter {
  const keyring = loadKeyring(env);
  return { payloadConverterPath, payloadCodecs: [keyring ? new AesGcmCodec(keyring) : new KeylessCodec()] };
}

/** One line for start-up logs: whether payloads are encrypted and under which key ids (never the keys). */
export function describeEncryption(env: NodeJS.ProcessEnv = process.env): string {
  const keyring = loadKeyring(env);
  if (!keyring) return 'payload encryption off';
  return `payload encryption on (new payloads use key "${keyring.currentKeyId}"; keys: ${keyring.keyIds.join(', ')})`;
}
