import { randomBytes } from 'node:crypto';
import { decode } from './utf8';
import { AesGcmCodec, KEY_ID_METADATA } from './encryption/aes-gcm-codec';
import { parseKeyring } from './encryption/keyring';
import { payloadConverter } from './payload-converter';

const key = () => randomBytes(32).toString('base64');
const [oldKey, newKey] = [key(), key()];
const codec = (entries: string) => new AesGcmCodec(parseKeyring(entries, 'test keys'));
const secret = { cardHolder: 'Ada Lovelace', dueDate: new Date('2026-12-01T00:00:00Z') };

test('encrypts a payload so no plaintext is left, with the key id in clear metadata, and decrypts it back', async () => {
  const plain = payloadConverter.toPayload(secret);
  const [encrypted] = await codec(`2026-11:${newKey}`).encode([plain]);
  expect(decode(encrypted!.metadata!.encoding!)).toBe('binary/encrypted');
  expect(decode(encrypted!.metadata![KEY_ID_METADATA]!)).toBe('2026-11');
  expect(Buffer.from(encrypted!.data!).toString('latin1')).not.toContain('Ada');
  const [decrypted] = await codec(`2026-11:${newKey}`).decode([encrypted!]);
  expect(payloadConverter.fromPayload(decrypted!)).toEqual(secret);
});

test('the same payload encrypts differently each time (a fresh IV per payload)', async () => {
  const plain = payloadConverter.toPayload(secret);
  const [a, b] = await codec(`k:${newKey}`).encode([plain, plain]);
  expect(Buffer.from(a!.data!).equals(Buffer.from(b!.data!))).toBe(false);
});

test('after rotation new payloads use the newest key and a payload written under the old key still decrypts', async () => {
  const [writtenBefore] = await codec(`2026-10:${oldKey}`).encode([payloadConverter.toPayload(secret)]);
  const rotated = codec(`2026-11:${newKey},2026-10:${oldKey}`);
  const [writtenAfter] = await rotated.encode([payloadConverter.toPayload(secret)]);
  expect(decode(writtenAfter!.metadata![KEY_ID_METADATA]!)).toBe('2026-11');
  const decrypted = await rotated.decode([writtenBefore!, writtenAfter!]);
  expect(decrypted.map((p) => payloadConverter.fromPayload(p))).toEqual([secret, secret]);
});

test('a wrong key under the right id is a clear error, not garbage', async () => {
  const [encrypted] = await codec(`2026-11:${newKey}`).encode([payloadConverter.toPayload(secret)]);
  await expect(codec(`2026-11:${oldKey}`).decode([encrypted!])).rejects.toThrow(
    /cannot decrypt a payload with key "2026-11": authentication failed/,
  );
});

test('a key id that is not configured is named in the error', async () => {
  const [encrypted] = await codec(`2026-10:${oldKey}`).encode([payloadConverter.toPayload(secret)]);
  await expect(codec(`2026-11:${newKey}`).decode([encrypted!])).rejects.toThrow(
    'a payload is encrypted with key "2026-10", which is not configured (configured: 2026-11)',
  );
});

test('the key id cannot be swapped: it is authenticated with the ciphertext', async () => {
  const [encrypted] = await codec(`a:${newKey}`).encode([payloadConverter.toPayload(secret)]);
  const relabelled = { ...encrypted!, metadata: { ...encrypted!.metadata, [KEY_ID_METADATA]: Buffer.from('b') } };
  await expect(codec(`a:${newKey},b:${newKey}`).decode([relabelled])).rejects.toThrow(/authentication failed/);
});

test('payloads that were never encrypted pass decode unchanged (turning encryption on keeps old histories readable)', async () => {
  const plain = payloadConverter.toPayload('Hello');
  await expect(codec(`k:${newKey}`).decode([plain])).resolves.toEqual([plain]);
});
